import { createPerson } from "@rightsdesk/db";
import { registryRoute } from "~/lib/registry-route";
import { endpoints } from "~/lib/endpoints";

export const POST = registryRoute(endpoints.createPerson, { kind: "registry.edit" }, ({ actor, body }) => createPerson(body, actor));
