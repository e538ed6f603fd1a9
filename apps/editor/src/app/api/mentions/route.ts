import { searchMentionables } from "@rightsdesk/db/editor";
import { ZMentionQuery } from "@rightsdesk/domain";
import { apiQueryRoute } from "~/lib/api";
import { ZNoParams } from "~/lib/route-params";

/** Registry records the editor's @ popup offers, for any signed-in user. */
export const GET = apiQueryRoute({ params: ZNoParams, access: "signed-in", query: ZMentionQuery }, async ({ query }) => ({
  results: await searchMentionables(query.q, query.limit),
}));
