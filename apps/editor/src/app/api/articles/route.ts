import { createArticle } from "@rightsdesk/db/editor";
import { apiRoute } from "~/features/shared/server/api";
import { endpoints } from "~/features/shared/endpoints";

export const POST = apiRoute(endpoints.createArticle, { kind: "article.create" }, ({ actor, body }) =>
  createArticle(body, actor),
);
