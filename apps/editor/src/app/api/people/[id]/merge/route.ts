import { mergePersons, previewPersonMerge } from "@rightsdesk/db/editor";
import { apiQueryRoute } from "~/features/shared/server/api";
import { registryRoute } from "~/features/registry/server/registry-route";
import { endpoints } from "~/features/shared/endpoints";

/** What the merge would make public, listed for the editor to confirm before merging. */
export const GET = apiQueryRoute(endpoints.previewPersonMerge, { kind: "registry.edit" }, ({ actor, params, query }) =>
  previewPersonMerge(params.id, query.duplicateId, actor),
);

/** The person in the address survives; the duplicate's names, links and protections move to them. */
export const POST = registryRoute(endpoints.mergePersons, { kind: "registry.edit" }, ({ actor, params, body }) =>
  mergePersons(params.id, body.duplicateId, actor, { publish: body.publish }),
);
