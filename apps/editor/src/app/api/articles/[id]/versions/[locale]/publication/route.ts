import { setVersionPublished } from "@rightsdesk/db";
import { ZPublishInput } from "@rightsdesk/domain";
import { apiRoute } from "~/lib/api";
import { withArticleRevalidation } from "~/lib/public-site";
import { ZVersionParams } from "~/lib/route-params";

export const PUT = apiRoute({ params: ZVersionParams, body: ZPublishInput }, ({ actor, params, body }) =>
  withArticleRevalidation(params.id, () => setVersionPublished(params.id, params.locale, body.published, actor)),
);
