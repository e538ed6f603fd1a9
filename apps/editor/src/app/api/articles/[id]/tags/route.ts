import { setArticleTags } from "@rightsdesk/db";
import { ZSetTagsInput } from "@rightsdesk/domain";
import { apiRoute } from "~/lib/api";
import { ZRecordParams } from "~/lib/route-params";

export const PUT = apiRoute({ params: ZRecordParams, body: ZSetTagsInput }, ({ actor, params, body }) =>
  setArticleTags(params.id, body.tagIds, actor),
);
