import { setArticleRegistryLinks } from "@rightsdesk/db/editor";
import { apiRoute } from "~/features/shared/server/api";
import { revalidating } from "~/features/shared/server/public-site";
import { endpoints } from "~/features/shared/endpoints";

export const PUT = apiRoute(endpoints.setArticleRegistryLinks, { kind: "article.tag" },
  revalidating(({ actor, params, body }) => setArticleRegistryLinks(params.id, body, actor)),
);
