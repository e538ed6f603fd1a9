import { heartbeat, leave } from "@rightsdesk/db";
import { apiRoute } from "~/lib/api";
import { ZNoBody, ZVersionParams } from "~/lib/route-params";

/** "I still have this version open": answers who else has. */
export const POST = apiRoute({ params: ZVersionParams, body: ZNoBody }, async ({ actor, params }) => ({
  others: await heartbeat(params.id, params.locale, actor),
}));

export const DELETE = apiRoute({ params: ZVersionParams, body: ZNoBody }, ({ actor, params }) => leave(params.id, params.locale, actor));
