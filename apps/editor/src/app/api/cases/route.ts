import { createCase, setCaseParticipants, withRevalidationOf } from "@rightsdesk/db/editor";
import { apiRoute } from "~/features/shared/server/api";
import { revalidating } from "~/features/shared/server/public-site";
import { endpoints } from "~/features/shared/endpoints";

export const POST = apiRoute(
  endpoints.createCase,
  { kind: "registry.edit" },
  revalidating(async ({ actor, body }) => {
    const created = await createCase(body.case, actor);
    return withRevalidationOf(created, await setCaseParticipants(created.result.id, body.participants, actor));
  }),
);
