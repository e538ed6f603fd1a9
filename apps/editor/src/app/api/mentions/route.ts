import { searchMentionables } from "@rightsdesk/db";
import { apiQueryRoute } from "~/lib/api";
import { endpoints } from "~/lib/endpoints";

/** Registry records the editor's @ popup offers, for any signed-in user. */
export const GET = apiQueryRoute(endpoints.searchMentions, "signed-in", async ({ query }) => ({
  results: await searchMentionables(query.q, query.limit),
}));
