import { translateCaseEvent } from "@rightsdesk/db/editor";
import { registryRoute } from "~/features/registry/server/registry-route";
import { translatesRegistry } from "~/features/shared/server/route-access";
import { endpoints } from "~/features/shared/endpoints";

export const PUT = registryRoute(endpoints.translateCaseEvent, translatesRegistry, ({ actor, params, body }) =>
  translateCaseEvent(params.eventId, params.locale, body, actor),
);
