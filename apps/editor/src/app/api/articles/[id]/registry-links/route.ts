import { setArticleRegistryLinks } from "@rightsdesk/db/editor";
import { ZRegistryLinksInput } from "@rightsdesk/domain";
import { apiRoute } from "~/lib/api";
import { revalidating } from "~/lib/public-site";
import { ZRecordParams } from "~/lib/route-params";

export const PUT = apiRoute(
  { params: ZRecordParams, access: { kind: "article.tag" }, body: ZRegistryLinksInput },
  revalidating(({ actor, params, body }) => setArticleRegistryLinks(params.id, body, actor)),
);
