import { createOrganisation } from "@rightsdesk/db/editor";
import { registryRoute } from "~/features/registry/server/registry-route";
import { endpoints } from "~/features/shared/endpoints";

export const POST = registryRoute(endpoints.createOrganisation, { kind: "registry.edit" }, ({ actor, body }) => createOrganisation(body, actor));
