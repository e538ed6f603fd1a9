import { searchMentionables } from "@rightsdesk/db";
import { z } from "zod";
import { apiQueryRoute } from "~/lib/api";
import { ZNoParams } from "~/lib/route-params";

const ZMentionQuery = z.object({
  q: z.string().trim().min(1, "Type a name to search for").max(100, "Search for at most 100 characters"),
  limit: z.coerce.number().int().min(1).max(20).default(8),
});

/** Registry records the editor's @ popup offers, for any signed-in user. */
export const GET = apiQueryRoute({ params: ZNoParams, access: "signed-in", query: ZMentionQuery }, async ({ query }) => ({
  results: await searchMentionables(query.q, query.limit),
}));
