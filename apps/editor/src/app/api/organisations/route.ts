import { createOrganisation } from "@rightsdesk/db/editor";
import { ZOrganisationInput } from "@rightsdesk/domain";
import { registryRoute } from "~/lib/registry-route";
import { ZNoParams } from "~/lib/route-params";

export const POST = registryRoute({ params: ZNoParams, access: { kind: "registry.edit" }, body: ZOrganisationInput }, ({ actor, body }) => createOrganisation(body, actor));
