import { createArticle } from "@rightsdesk/db/editor";
import { ZCreateArticleInput } from "@rightsdesk/domain";
import { apiRoute } from "~/lib/api";
import { ZNoParams } from "~/lib/route-params";

export const POST = apiRoute({ params: ZNoParams, access: { kind: "article.create" }, body: ZCreateArticleInput }, ({ actor, body }) =>
  createArticle(body, actor),
);
