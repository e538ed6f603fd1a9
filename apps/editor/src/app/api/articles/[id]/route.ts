import { deleteArticle } from "@rightsdesk/db/editor";
import { apiRoute } from "~/features/shared/server/api";
import { revalidating } from "~/features/shared/server/public-site";
import { endpoints } from "~/features/shared/endpoints";

/** Deletes the article in every language; readers get a 404 at its address right away. */
export const DELETE = apiRoute(endpoints.deleteArticle, { kind: "article.delete" },
  revalidating(({ actor, params }) => deleteArticle(params.id, actor)),
);
