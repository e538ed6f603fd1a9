import { assignReviewer } from "@rightsdesk/db/editor";
import { apiRoute } from "~/features/shared/server/api";
import { editsVersion } from "~/features/shared/server/route-access";
import { endpoints } from "~/features/shared/endpoints";

export const PUT = apiRoute(endpoints.assignReviewer, editsVersion, ({ actor, params, body }) =>
  assignReviewer(params.id, params.locale, body.reviewerId, actor),
);
