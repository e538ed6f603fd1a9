import { createArticle } from "@rightsdesk/db";
import { apiRoute } from "~/lib/api";
import { endpoints } from "~/lib/endpoints";

export const POST = apiRoute(endpoints.createArticle, { kind: "article.create" }, ({ actor, body }) =>
  createArticle(body, actor),
);
