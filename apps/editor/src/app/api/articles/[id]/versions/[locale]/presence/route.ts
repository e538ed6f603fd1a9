import { heartbeat, leave } from "@rightsdesk/db/editor";
import { apiRoute } from "~/lib/api";
import { editsVersion } from "~/lib/route-access";
import { ZNoBody, ZVersionParams } from "~/lib/route-params";

/** "I still have this version open": answers who else has. */
export const POST = apiRoute({ params: ZVersionParams, access: editsVersion, body: ZNoBody }, async ({ actor, params }) => ({
  others: await heartbeat(params.id, params.locale, actor),
}));

// Leaving takes away only the actor's own presence: nothing to refuse.
export const DELETE = apiRoute({ params: ZVersionParams, access: "signed-in", body: ZNoBody }, ({ actor, params }) => leave(params.id, params.locale, actor));
