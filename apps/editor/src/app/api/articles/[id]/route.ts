import { deleteArticle } from "@rightsdesk/db";
import { apiRoute } from "~/lib/api";
import { revalidating } from "~/lib/public-site";
import { endpoints } from "~/lib/endpoints";

/** Deletes the article in every language; readers get a 404 at its address right away. */
export const DELETE = apiRoute(endpoints.deleteArticle, { kind: "article.delete" },
  revalidating(({ actor, params }) => deleteArticle(params.id, actor)),
);
