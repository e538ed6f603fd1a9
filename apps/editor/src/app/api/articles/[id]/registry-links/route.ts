import { setArticleRegistryLinks } from "@rightsdesk/db";
import { ZRegistryLinksInput } from "@rightsdesk/domain";
import { apiRoute } from "~/lib/api";
import { withArticleRevalidation } from "~/lib/public-site";
import { ZRecordParams } from "~/lib/route-params";

export const PUT = apiRoute({ params: ZRecordParams, access: { kind: "article.tag" }, body: ZRegistryLinksInput }, ({ actor, params, body }) =>
  withArticleRevalidation(params.id, () => setArticleRegistryLinks(params.id, body, actor)),
);
