import { translateCaseEvent } from "@rightsdesk/db";
import { registryRoute } from "~/lib/registry-route";
import { translatesRegistry } from "~/lib/route-access";
import { endpoints } from "~/lib/endpoints";

export const PUT = registryRoute(endpoints.translateCaseEvent, translatesRegistry, ({ actor, params, body }) =>
  translateCaseEvent(params.eventId, params.locale, body, actor),
);
