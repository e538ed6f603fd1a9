import { translatePersonBio } from "@rightsdesk/db";
import { registryRoute } from "~/lib/registry-route";
import { translatesRegistry } from "~/lib/route-access";
import { endpoints } from "~/lib/endpoints";

// A save over someone else's translation is refused.
export const PUT = registryRoute(endpoints.translatePersonBio, translatesRegistry, ({ actor, params, body }) =>
  translatePersonBio(params.id, params.locale, body, actor),
);
