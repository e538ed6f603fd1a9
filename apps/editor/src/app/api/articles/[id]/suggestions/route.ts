import { suggestionsForArticle } from "@rightsdesk/db/editor";
import { apiQueryRoute } from "~/features/shared/server/api";
import { endpoints } from "~/features/shared/endpoints";

/** Tags and links suggested by the records the article's saved source text mentions, with what it has now. */
export const GET = apiQueryRoute(endpoints.articleSuggestions, "signed-in", ({ params }) => suggestionsForArticle(params.id));
