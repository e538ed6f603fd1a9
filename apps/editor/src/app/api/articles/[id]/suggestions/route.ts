import { suggestionsForArticle } from "@rightsdesk/db/editor";
import { apiQueryRoute } from "~/lib/api";
import { ZNoParams, ZRecordParams } from "~/lib/route-params";

/** Tags and links suggested by the records the article's saved source text mentions, with what it has now. */
export const GET = apiQueryRoute({ params: ZRecordParams, access: "signed-in", query: ZNoParams }, ({ params }) => suggestionsForArticle(params.id));
