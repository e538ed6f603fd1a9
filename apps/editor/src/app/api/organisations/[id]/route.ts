import { deleteOrganisation, updateOrganisation } from "@rightsdesk/db";
import { ZOrganisationInput } from "@rightsdesk/domain";
import { z } from "zod";
import { registryRoute } from "~/lib/registry-route";
import { ZNoBody, ZRecordParams } from "~/lib/route-params";

/** The version the editor opened travels with the organisation, so a save over someone else's is refused. */
const ZOrganisationSave = z.object({ organisation: ZOrganisationInput, baseVersion: z.number().int().nonnegative() });

export const PUT = registryRoute({ params: ZRecordParams, access: { kind: "registry.edit" }, body: ZOrganisationSave }, ({ actor, params, body }) =>
  updateOrganisation(params.id, body.organisation, body.baseVersion, actor),
);

export const DELETE = registryRoute({ params: ZRecordParams, access: { kind: "registry.edit" }, body: ZNoBody }, ({ actor, params }) => deleteOrganisation(params.id, actor));
