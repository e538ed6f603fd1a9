import { deleteOrganisation, updateOrganisation } from "@rightsdesk/db/editor";
import { ZOrganisationSave } from "@rightsdesk/domain";
import { registryRoute } from "~/lib/registry-route";
import { ZNoBody, ZRecordParams } from "~/lib/route-params";

export const PUT = registryRoute({ params: ZRecordParams, access: { kind: "registry.edit" }, body: ZOrganisationSave }, ({ actor, params, body }) =>
  updateOrganisation(params.id, body.organisation, body.baseVersion, actor),
);

export const DELETE = registryRoute({ params: ZRecordParams, access: { kind: "registry.edit" }, body: ZNoBody }, ({ actor, params }) => deleteOrganisation(params.id, actor));
