import { deleteProtection, updateProtection } from "@rightsdesk/db/editor";
import { registryRoute } from "~/features/registry/server/registry-route";
import { endpoints } from "~/features/shared/endpoints";

export const PUT = registryRoute(endpoints.updateProtection, { kind: "registry.edit" }, ({ actor, params, body }) =>
  updateProtection(params.id, body.protection, body.baseVersion, actor),
);

export const DELETE = registryRoute(endpoints.deleteProtection, { kind: "registry.edit" }, ({ actor, params }) => deleteProtection(params.id, actor));
