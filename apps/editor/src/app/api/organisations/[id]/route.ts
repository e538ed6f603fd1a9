import { deleteOrganisation, updateOrganisation } from "@rightsdesk/db/editor";
import { registryRoute } from "~/features/registry/server/registry-route";
import { endpoints } from "~/features/shared/endpoints";

export const PUT = registryRoute(endpoints.updateOrganisation, { kind: "registry.edit" }, ({ actor, params, body }) =>
  updateOrganisation(params.id, body.organisation, body.baseVersion, actor),
);

export const DELETE = registryRoute(endpoints.deleteOrganisation, { kind: "registry.edit" }, ({ actor, params }) => deleteOrganisation(params.id, actor));
