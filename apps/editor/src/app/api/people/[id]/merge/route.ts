import { mergePersons, previewPersonMerge } from "@rightsdesk/db/editor";
import { apiQueryRoute, apiRoute } from "~/features/shared/server/api";
import { revalidating } from "~/features/shared/server/public-site";
import { endpoints } from "~/features/shared/endpoints";

/** What the merge would make public, listed for the editor to confirm before merging. */
export const GET = apiQueryRoute(endpoints.previewPersonMerge, { kind: "registry.edit" }, ({ actor, params, query }) =>
  previewPersonMerge(params.id, query.duplicateId, actor),
);

/** The person in the address survives; the duplicate's names, links and protections move to them. */
export const POST = apiRoute(
  endpoints.mergePersons,
  { kind: "registry.edit" },
  revalidating(({ actor, params, body }) => mergePersons(params.id, body.duplicateId, actor, { publish: body.publish })),
);
