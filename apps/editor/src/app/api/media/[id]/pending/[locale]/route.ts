import { discardMediaTexts, publishMediaTexts } from "@rightsdesk/db/editor";
import { cacheTags } from "@rightsdesk/domain";
import { apiRoute } from "~/lib/api";
import { revalidating } from "~/lib/public-site";
import { publishesVersion } from "~/lib/route-access";
import { ZNoBody, ZVersionParams } from "~/lib/route-params";

/*
 * A translator's media texts that wait in one language: whoever may publish that language's changes
 * publishes them (readers see them) or discards them (readers see no change).
 */

export const POST = apiRoute(
  { params: ZVersionParams, access: publishesVersion, body: ZNoBody },
  revalidating(async ({ actor, params }) => ({ result: await publishMediaTexts(params.id, params.locale, actor), revalidate: [cacheTags.media(params.id)] })),
);

export const DELETE = apiRoute({ params: ZVersionParams, access: publishesVersion, body: ZNoBody }, ({ actor, params }) =>
  discardMediaTexts(params.id, params.locale, actor),
);
