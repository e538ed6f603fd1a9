import { deletePerson, updatePerson } from "@rightsdesk/db/editor";
import { registryRoute } from "~/features/registry/server/registry-route";
import { endpoints } from "~/features/shared/endpoints";

export const PUT = registryRoute(endpoints.updatePerson, { kind: "registry.edit" }, ({ actor, params, body }) =>
  updatePerson(params.id, body.person, body.baseVersion, actor),
);

export const DELETE = registryRoute(endpoints.deletePerson, { kind: "registry.edit" }, ({ actor, params }) => deletePerson(params.id, actor));
