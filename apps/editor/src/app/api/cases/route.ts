import { createCase, setCaseParticipants } from "@rightsdesk/db/editor";
import { registryRoute } from "~/features/registry/server/registry-route";
import { endpoints } from "~/features/shared/endpoints";

export const POST = registryRoute(endpoints.createCase, { kind: "registry.edit" }, async ({ actor, body }) => {
  const created = await createCase(body.case, actor);
  await setCaseParticipants(created.id, body.participants, actor);
  return created;
});
