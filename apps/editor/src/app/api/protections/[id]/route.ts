import { deleteProtection, updateProtection } from "@rightsdesk/db/editor";
import { ZProtectionSave } from "@rightsdesk/domain";
import { registryRoute } from "~/lib/registry-route";
import { ZNoBody, ZRecordParams } from "~/lib/route-params";

export const PUT = registryRoute({ params: ZRecordParams, access: { kind: "registry.edit" }, body: ZProtectionSave }, ({ actor, params, body }) =>
  updateProtection(params.id, body.protection, body.baseVersion, actor),
);

export const DELETE = registryRoute({ params: ZRecordParams, access: { kind: "registry.edit" }, body: ZNoBody }, ({ actor, params }) => deleteProtection(params.id, actor));
