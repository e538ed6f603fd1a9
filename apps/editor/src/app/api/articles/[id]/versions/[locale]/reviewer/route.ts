import { assignReviewer } from "@rightsdesk/db/editor";
import { ZAssignReviewerInput } from "@rightsdesk/domain";
import { apiRoute } from "~/lib/api";
import { editsVersion } from "~/lib/route-access";
import { ZVersionParams } from "~/lib/route-params";

export const PUT = apiRoute({ params: ZVersionParams, access: editsVersion, body: ZAssignReviewerInput }, ({ actor, params, body }) =>
  assignReviewer(params.id, params.locale, body.reviewerId, actor),
);
