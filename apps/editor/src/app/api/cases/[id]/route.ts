import { deleteCase, setCaseParticipants, updateCase } from "@rightsdesk/db/editor";
import { registryRoute } from "~/features/registry/server/registry-route";
import { endpoints } from "~/features/shared/endpoints";

// The case is saved first: a conflict refuses the whole save before any participant changes.
export const PUT = registryRoute(endpoints.updateCase, { kind: "registry.edit" }, async ({ actor, params, body }) => {
  const updated = await updateCase(params.id, body.case, body.baseVersion, actor);
  await setCaseParticipants(params.id, body.participants, actor);
  return updated;
});

export const DELETE = registryRoute(endpoints.deleteCase, { kind: "registry.edit" }, ({ actor, params }) => deleteCase(params.id, actor));
