import { translateCaseEvent } from "@rightsdesk/db/editor";
import { apiRoute } from "~/features/shared/server/api";
import { revalidating } from "~/features/shared/server/public-site";
import { translatesRegistry } from "~/features/shared/server/route-access";
import { endpoints } from "~/features/shared/endpoints";

export const PUT = apiRoute(
  endpoints.translateCaseEvent,
  translatesRegistry,
  revalidating(({ actor, params, body }) => translateCaseEvent(params.eventId, params.locale, body, actor)),
);
