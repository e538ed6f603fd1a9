import { changeArticleSlug } from "@rightsdesk/db/editor";
import { apiRoute } from "~/features/shared/server/api";
import { revalidating } from "~/features/shared/server/public-site";
import { endpoints } from "~/features/shared/endpoints";

// The old address must stop serving the cached page at once: it answers with a redirect now.
export const PUT = apiRoute(endpoints.changeArticleSlug, { kind: "article.slug" },
  revalidating(({ actor, params, body }) => changeArticleSlug(params.id, body.slug, actor)),
);
