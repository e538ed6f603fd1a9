import { setUserStatus } from "@rightsdesk/db/editor";
import { apiRoute } from "~/features/shared/server/api";
import { endpoints } from "~/features/shared/endpoints";

export const PUT = apiRoute(endpoints.setUserStatus, { kind: "user.manage" }, ({ actor, params, body }) => setUserStatus(params.id, body.status, actor));
