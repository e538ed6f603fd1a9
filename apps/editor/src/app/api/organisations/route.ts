import { createOrganisation } from "@rightsdesk/db";
import { ZOrganisationInput } from "@rightsdesk/domain";
import { apiRoute } from "~/lib/api";
import { ZNoParams } from "~/lib/route-params";

export const POST = apiRoute({ params: ZNoParams, access: { kind: "registry.edit" }, body: ZOrganisationInput }, ({ actor, body }) => createOrganisation(body, actor));
