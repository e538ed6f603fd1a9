import { deleteCase, setCaseParticipants, updateCase } from "@rightsdesk/db/editor";
import { ZCaseSave } from "@rightsdesk/domain";
import { registryRoute } from "~/lib/registry-route";
import { ZNoBody, ZRecordParams } from "~/lib/route-params";

// The case is saved first: a conflict refuses the whole save before any participant changes.
export const PUT = registryRoute({ params: ZRecordParams, access: { kind: "registry.edit" }, body: ZCaseSave }, async ({ actor, params, body }) => {
  const updated = await updateCase(params.id, body.case, body.baseVersion, actor);
  await setCaseParticipants(params.id, body.participants, actor);
  return updated;
});

export const DELETE = registryRoute({ params: ZRecordParams, access: { kind: "registry.edit" }, body: ZNoBody }, ({ actor, params }) => deleteCase(params.id, actor));
