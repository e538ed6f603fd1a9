import { setArticleRegistryLinks } from "@rightsdesk/db";
import { apiRoute } from "~/lib/api";
import { revalidating } from "~/lib/public-site";
import { endpoints } from "~/lib/endpoints";

export const PUT = apiRoute(endpoints.setArticleRegistryLinks, { kind: "article.tag" },
  revalidating(({ actor, params, body }) => setArticleRegistryLinks(params.id, body, actor)),
);
