import { deleteOrganisation, updateOrganisation } from "@rightsdesk/db";
import { ZOrganisationInput } from "@rightsdesk/domain";
import { apiRoute } from "~/lib/api";
import { ZNoBody, ZRecordParams } from "~/lib/route-params";

export const PUT = apiRoute({ params: ZRecordParams, body: ZOrganisationInput }, ({ actor, params, body }) => updateOrganisation(params.id, body, actor));

export const DELETE = apiRoute({ params: ZRecordParams, body: ZNoBody }, ({ actor, params }) => deleteOrganisation(params.id, actor));
