import { setArticleTags } from "@rightsdesk/db/editor";
import { ZSetTagsInput } from "@rightsdesk/domain";
import { apiRoute } from "~/lib/api";
import { revalidating } from "~/lib/public-site";
import { ZRecordParams } from "~/lib/route-params";

export const PUT = apiRoute(
  { params: ZRecordParams, access: { kind: "article.tag" }, body: ZSetTagsInput },
  revalidating(({ actor, params, body }) => setArticleTags(params.id, body.tagIds, actor)),
);
