import { assignReviewer } from "@rightsdesk/db";
import { apiRoute } from "~/lib/api";
import { editsVersion } from "~/lib/route-access";
import { endpoints } from "~/lib/endpoints";

export const PUT = apiRoute(endpoints.assignReviewer, editsVersion, ({ actor, params, body }) =>
  assignReviewer(params.id, params.locale, body.reviewerId, actor),
);
