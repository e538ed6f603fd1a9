import { updateOrganisation } from "@rightsdesk/db";
import { ZOrganisationInput } from "@rightsdesk/domain";
import { apiRoute } from "~/lib/api";
import { ZRecordParams } from "~/lib/route-params";

export const PUT = apiRoute({ params: ZRecordParams, body: ZOrganisationInput }, ({ actor, params, body }) => updateOrganisation(params.id, body, actor));
