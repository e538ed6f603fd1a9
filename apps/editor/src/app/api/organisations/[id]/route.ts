import { deleteOrganisation, updateOrganisation } from "@rightsdesk/db";
import { ZOrganisationInput } from "@rightsdesk/domain";
import { z } from "zod";
import { apiRoute } from "~/lib/api";
import { ZNoBody, ZRecordParams } from "~/lib/route-params";

/** The version the editor opened travels with the organisation, so a save over someone else's is refused. */
const ZOrganisationSave = z.object({ organisation: ZOrganisationInput, baseVersion: z.number().int().nonnegative() });

export const PUT = apiRoute({ params: ZRecordParams, access: { kind: "registry.edit" }, body: ZOrganisationSave }, ({ actor, params, body }) =>
  updateOrganisation(params.id, body.organisation, body.baseVersion, actor),
);

export const DELETE = apiRoute({ params: ZRecordParams, access: { kind: "registry.edit" }, body: ZNoBody }, ({ actor, params }) => deleteOrganisation(params.id, actor));
