import { saveLabelTranslation } from "@rightsdesk/db";
import { apiRoute } from "~/features/shared/server/api";
import { revalidateLabel } from "~/features/shared/server/public-site";
import { endpoints } from "~/features/shared/endpoints";

/** A tag label, bio or event description in one language, saved against the English the translator saw. */
export const PUT = apiRoute(endpoints.saveLabelTranslation, "signed-in", async ({ actor, body }) => {
  const saved = await saveLabelTranslation(body, actor);
  await revalidateLabel(body);
  return saved;
});
