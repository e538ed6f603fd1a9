import { setUserRole } from "@rightsdesk/db/editor";
import { ZRoleChangeInput } from "@rightsdesk/domain";
import { apiRoute } from "~/lib/api";
import { ZRecordParams } from "~/lib/route-params";

export const PUT = apiRoute({ params: ZRecordParams, access: { kind: "user.manage" }, body: ZRoleChangeInput }, ({ actor, params, body }) => setUserRole(params.id, body.role, actor));
