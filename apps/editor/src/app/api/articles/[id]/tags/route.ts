import { setArticleTags } from "@rightsdesk/db";
import { ZSetTagsInput } from "@rightsdesk/domain";
import { apiRoute } from "~/lib/api";
import { withArticleRevalidation } from "~/lib/public-site";
import { ZRecordParams } from "~/lib/route-params";

export const PUT = apiRoute({ params: ZRecordParams, access: { kind: "article.tag" }, body: ZSetTagsInput }, ({ actor, params, body }) =>
  withArticleRevalidation(params.id, () => setArticleTags(params.id, body.tagIds, actor)),
);
