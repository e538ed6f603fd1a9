import { heartbeat, leave } from "@rightsdesk/db/editor";
import { apiRoute } from "~/features/shared/server/api";
import { editsVersion } from "~/features/shared/server/route-access";
import { endpoints } from "~/features/shared/endpoints";

/** "I still have this version open": answers who else has. */
export const POST = apiRoute(endpoints.heartbeat, editsVersion, async ({ actor, params }) => ({
  others: await heartbeat(params.id, params.locale, actor),
}));

// Leaving takes away only the actor's own presence: nothing to refuse.
export const DELETE = apiRoute(endpoints.leaveVersion, "signed-in", ({ actor, params }) => leave(params.id, params.locale, actor));
