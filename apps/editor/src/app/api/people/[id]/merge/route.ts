import { mergePersons, previewPersonMerge } from "@rightsdesk/db/editor";
import { ZPersonMergeInput, ZPersonMergePreviewQuery } from "@rightsdesk/domain";
import { apiQueryRoute } from "~/lib/api";
import { registryRoute } from "~/lib/registry-route";
import { ZRecordParams } from "~/lib/route-params";

/** What the merge would make public, listed for the editor to confirm before merging. */
export const GET = apiQueryRoute({ params: ZRecordParams, access: { kind: "registry.edit" }, query: ZPersonMergePreviewQuery }, ({ actor, params, query }) =>
  previewPersonMerge(params.id, query.duplicateId, actor),
);

/** The person in the address survives; the duplicate's names, links and protections move to them. */
export const POST = registryRoute({ params: ZRecordParams, access: { kind: "registry.edit" }, body: ZPersonMergeInput }, ({ actor, params, body }) =>
  mergePersons(params.id, body.duplicateId, actor, { publish: body.publish }),
);
