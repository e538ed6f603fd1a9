import { createProtection } from "@rightsdesk/db/editor";
import { ZProtectionInput } from "@rightsdesk/domain";
import { registryRoute } from "~/lib/registry-route";
import { ZNoParams } from "~/lib/route-params";

export const POST = registryRoute({ params: ZNoParams, access: { kind: "registry.edit" }, body: ZProtectionInput }, ({ actor, body }) => createProtection(body, actor));
