import { deletePerson, updatePerson } from "@rightsdesk/db";
import { registryRoute } from "~/lib/registry-route";
import { endpoints } from "~/lib/endpoints";

export const PUT = registryRoute(endpoints.updatePerson, { kind: "registry.edit" }, ({ actor, params, body }) =>
  updatePerson(params.id, body.person, body.baseVersion, actor),
);

export const DELETE = registryRoute(endpoints.deletePerson, { kind: "registry.edit" }, ({ actor, params }) => deletePerson(params.id, actor));
