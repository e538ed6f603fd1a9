import { translatePersonBio } from "@rightsdesk/db/editor";
import { registryRoute } from "~/features/registry/server/registry-route";
import { translatesRegistry } from "~/features/shared/server/route-access";
import { endpoints } from "~/features/shared/endpoints";

// A save over someone else's translation is refused.
export const PUT = registryRoute(endpoints.translatePersonBio, translatesRegistry, ({ actor, params, body }) =>
  translatePersonBio(params.id, params.locale, body, actor),
);
