import { resetPassword } from "@rightsdesk/db/editor";
import { apiRoute } from "~/features/shared/server/api";
import { endpoints } from "~/features/shared/endpoints";

export const PUT = apiRoute(endpoints.resetPassword, { kind: "user.manage" }, ({ actor, params, body }) => resetPassword(params.id, body, actor));
