import { setUserRole } from "@rightsdesk/db/editor";
import { apiRoute } from "~/features/shared/server/api";
import { endpoints } from "~/features/shared/endpoints";

export const PUT = apiRoute(endpoints.setUserRole, { kind: "user.manage" }, ({ actor, params, body }) => setUserRole(params.id, body.role, actor));
