import { createProtection } from "@rightsdesk/db/editor";
import { registryRoute } from "~/features/registry/server/registry-route";
import { endpoints } from "~/features/shared/endpoints";

export const POST = registryRoute(endpoints.createProtection, { kind: "registry.edit" }, ({ actor, body }) => createProtection(body, actor));
