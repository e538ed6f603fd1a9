import { translateCaseEvent } from "@rightsdesk/db/editor";
import { ZEventTranslationSave } from "@rightsdesk/domain";
import { registryRoute } from "~/lib/registry-route";
import { translatesRegistry } from "~/lib/route-access";
import { ZEventParams } from "~/lib/route-params";

export const PUT = registryRoute({ params: ZEventParams, access: translatesRegistry, body: ZEventTranslationSave }, ({ actor, params, body }) =>
  translateCaseEvent(params.eventId, params.locale, body, actor),
);
