import { changeArticleSlug } from "@rightsdesk/db";
import { ZChangeSlugInput } from "@rightsdesk/domain";
import { apiRoute } from "~/lib/api";
import { ZRecordParams } from "~/lib/route-params";

export const PUT = apiRoute({ params: ZRecordParams, body: ZChangeSlugInput }, ({ actor, params, body }) =>
  changeArticleSlug(params.id, body.slug, actor),
);
