import { deleteCase, setCaseParticipants, updateCase, withRevalidationOf } from "@rightsdesk/db/editor";
import { apiRoute } from "~/features/shared/server/api";
import { revalidating } from "~/features/shared/server/public-site";
import { endpoints } from "~/features/shared/endpoints";

// The case is saved first: a conflict refuses the whole save before any participant changes.
export const PUT = apiRoute(
  endpoints.updateCase,
  { kind: "registry.edit" },
  revalidating(async ({ actor, params, body }) => {
    const updated = await updateCase(params.id, body.case, body.baseVersion, actor);
    return withRevalidationOf(updated, await setCaseParticipants(params.id, body.participants, actor));
  }),
);

export const DELETE = apiRoute(endpoints.deleteCase, { kind: "registry.edit" }, revalidating(({ actor, params }) => deleteCase(params.id, actor)));
