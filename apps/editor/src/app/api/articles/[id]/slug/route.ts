import { changeArticleSlug } from "@rightsdesk/db/editor";
import { ZChangeSlugInput } from "@rightsdesk/domain";
import { apiRoute } from "~/lib/api";
import { revalidating } from "~/lib/public-site";
import { ZRecordParams } from "~/lib/route-params";

// The old address must stop serving the cached page at once: it answers with a redirect now.
export const PUT = apiRoute(
  { params: ZRecordParams, access: { kind: "article.slug" }, body: ZChangeSlugInput },
  revalidating(({ actor, params, body }) => changeArticleSlug(params.id, body.slug, actor)),
);
