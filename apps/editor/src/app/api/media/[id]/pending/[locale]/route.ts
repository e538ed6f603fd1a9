import { discardMediaTexts, publishMediaTexts } from "@rightsdesk/db";
import { apiRoute } from "~/lib/api";
import { revalidateMedia } from "~/lib/public-site";
import { publishesVersion } from "~/lib/route-access";
import { endpoints } from "~/lib/endpoints";

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
