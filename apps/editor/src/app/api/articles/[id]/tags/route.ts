import { setArticleTags } from "@rightsdesk/db";
import { apiRoute } from "~/lib/api";
import { revalidating } from "~/lib/public-site";
import { endpoints } from "~/lib/endpoints";

export const PUT = apiRoute(endpoints.setArticleTags, { kind: "article.tag" },
  revalidating(({ actor, params, body }) => setArticleTags(params.id, body.tagIds, actor)),
);
