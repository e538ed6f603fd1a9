import { saveLabelTranslation } from "@rightsdesk/db/editor";
import { endpoints } from "~/features/shared/endpoints";
import { apiRoute } from "~/features/shared/server/api";
import { revalidating } from "~/features/shared/server/public-site";

/** A tag label, bio or event description in one language, saved against the English the translator saw. */
export const PUT = apiRoute(
  endpoints.saveLabelTranslation,
  "signed-in",
  revalidating(({ actor, body }) => saveLabelTranslation(body, actor)),
);
