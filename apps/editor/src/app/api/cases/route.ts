import { createCase, setCaseParticipants } from "@rightsdesk/db/editor";
import { ZCaseForm } from "@rightsdesk/domain";
import { registryRoute } from "~/lib/registry-route";
import { ZNoParams } from "~/lib/route-params";

export const POST = registryRoute({ params: ZNoParams, access: { kind: "registry.edit" }, body: ZCaseForm }, async ({ actor, body }) => {
  const created = await createCase(body.case, actor);
  await setCaseParticipants(created.id, body.participants, actor);
  return created;
});
