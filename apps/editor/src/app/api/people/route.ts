import { createPerson } from "@rightsdesk/db/editor";
import { registryRoute } from "~/features/registry/server/registry-route";
import { endpoints } from "~/features/shared/endpoints";

export const POST = registryRoute(endpoints.createPerson, { kind: "registry.edit" }, ({ actor, body }) => createPerson(body, actor));
