import { createPerson } from "@rightsdesk/db/editor";
import { ZPersonInput } from "@rightsdesk/domain";
import { registryRoute } from "~/lib/registry-route";
import { ZNoParams } from "~/lib/route-params";

export const POST = registryRoute({ params: ZNoParams, access: { kind: "registry.edit" }, body: ZPersonInput }, ({ actor, body }) => createPerson(body, actor));
