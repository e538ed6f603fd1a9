import { createOrganisation } from "@rightsdesk/db";
import { registryRoute } from "~/lib/registry-route";
import { endpoints } from "~/lib/endpoints";

export const POST = registryRoute(endpoints.createOrganisation, { kind: "registry.edit" }, ({ actor, body }) => createOrganisation(body, actor));
