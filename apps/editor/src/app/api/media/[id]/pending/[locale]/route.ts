import { discardMediaTexts, publishMediaTexts } from "@rightsdesk/db";
import { apiRoute } from "~/features/shared/server/api";
import { revalidateMedia } from "~/features/shared/server/public-site";
import { publishesVersion } from "~/features/shared/server/route-access";
import { endpoints } from "~/features/shared/endpoints";

/*
 * A translator's media texts that wait in one language: whoever may publish that language's changes
 * publishes them (readers see them) or discards them (readers see no change).
 */

export const POST = apiRoute(endpoints.publishMediaTexts, publishesVersion, async ({ actor, params }) => {
  const published = await publishMediaTexts(params.id, params.locale, actor);
  await revalidateMedia(params.id);
  return published;
});

export const DELETE = apiRoute(endpoints.discardMediaTexts, publishesVersion, ({ actor, params }) =>
  discardMediaTexts(params.id, params.locale, actor),
);
