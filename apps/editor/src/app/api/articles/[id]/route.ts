import { deleteArticle } from "@rightsdesk/db/editor";
import { apiRoute } from "~/lib/api";
import { revalidating } from "~/lib/public-site";
import { ZNoBody, ZRecordParams } from "~/lib/route-params";

/** Deletes the article in every language; readers get a 404 at its address right away. */
export const DELETE = apiRoute(
  { params: ZRecordParams, access: { kind: "article.delete" }, body: ZNoBody },
  revalidating(({ actor, params }) => deleteArticle(params.id, actor)),
);
