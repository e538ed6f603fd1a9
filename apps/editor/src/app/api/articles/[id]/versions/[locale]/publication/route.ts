import { setVersionPublished } from "@rightsdesk/db";
import { ZPublishInput } from "@rightsdesk/domain";
import { apiRoute } from "~/lib/api";
import { ZVersionParams } from "~/lib/route-params";

export const PUT = apiRoute({ params: ZVersionParams, body: ZPublishInput }, ({ actor, params, body }) =>
  setVersionPublished(params.id, params.locale, body.published, actor),
);
