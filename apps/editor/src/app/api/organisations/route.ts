import { createOrganisation } from "@rightsdesk/db";
import { ZOrganisationInput } from "@rightsdesk/domain";
import { apiRoute } from "~/lib/api";
import { ZNoParams } from "~/lib/route-params";

export const POST = apiRoute({ params: ZNoParams, body: ZOrganisationInput }, ({ actor, body }) => createOrganisation(body, actor));
