import { searchMentionables } from "@rightsdesk/db/editor";
import { apiQueryRoute } from "~/features/shared/server/api";
import { endpoints } from "~/features/shared/endpoints";

/** Registry records the editor's @ popup and pickers offer, for any signed-in user. */
export const GET = apiQueryRoute(endpoints.searchMentions, "signed-in", async ({ query }) => ({
  results: await searchMentionables(query.q, query.limit, query.kind),
}));
