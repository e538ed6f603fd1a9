import { createProtection } from "@rightsdesk/db";
import { registryRoute } from "~/lib/registry-route";
import { endpoints } from "~/lib/endpoints";

export const POST = registryRoute(endpoints.createProtection, { kind: "registry.edit" }, ({ actor, body }) => createProtection(body, actor));
