import { deletePerson, updatePerson } from "@rightsdesk/db/editor";
import { ZPersonSave } from "@rightsdesk/domain";
import { registryRoute } from "~/lib/registry-route";
import { ZNoBody, ZRecordParams } from "~/lib/route-params";

export const PUT = registryRoute({ params: ZRecordParams, access: { kind: "registry.edit" }, body: ZPersonSave }, ({ actor, params, body }) =>
  updatePerson(params.id, body.person, body.baseVersion, actor),
);

export const DELETE = registryRoute({ params: ZRecordParams, access: { kind: "registry.edit" }, body: ZNoBody }, ({ actor, params }) => deletePerson(params.id, actor));
