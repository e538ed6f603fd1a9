import { setUserRole } from "@rightsdesk/db";
import { apiRoute } from "~/lib/api";
import { endpoints } from "~/lib/endpoints";

export const PUT = apiRoute(endpoints.setUserRole, { kind: "user.manage" }, ({ actor, params, body }) => setUserRole(params.id, body.role, actor));
