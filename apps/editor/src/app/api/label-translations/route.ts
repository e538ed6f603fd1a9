import { saveLabelTranslation } from "@rightsdesk/db/editor";
import { ZSaveLabelTranslation } from "@rightsdesk/domain";
import { apiRoute } from "~/lib/api";
import { revalidating } from "~/lib/public-site";
import { ZNoParams } from "~/lib/route-params";

/** A tag label, bio or event description in one language, saved against the English the translator saw. */
export const PUT = apiRoute(
  { params: ZNoParams, access: "signed-in", body: ZSaveLabelTranslation },
  revalidating(({ actor, body }) => saveLabelTranslation(body, actor)),
);
