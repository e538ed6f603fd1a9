import { discardMediaTexts, publishMediaTexts } from "@rightsdesk/db/editor";
import { endpoints } from "~/features/shared/endpoints";
import { apiRoute } from "~/features/shared/server/api";
import { revalidating } from "~/features/shared/server/public-site";
import { publishesVersion } from "~/features/shared/server/route-access";

/*
 * A translator's media texts that wait in one language: whoever may publish that language's changes
 * publishes them (readers see them) or discards them (readers see no change).
 */

export const POST = apiRoute(
  endpoints.publishMediaTexts,
  publishesVersion,
  revalidating(({ actor, params }) => publishMediaTexts(params.id, params.locale, actor)),
);

export const DELETE = apiRoute(endpoints.discardMediaTexts, publishesVersion, ({ actor, params }) =>
  discardMediaTexts(params.id, params.locale, actor),
);
