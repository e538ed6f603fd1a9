import { setCommentResolved } from "@rightsdesk/db/editor";
import { ZResolveComment } from "@rightsdesk/domain";
import { apiRoute } from "~/lib/api";
import { ZCommentParams } from "~/lib/route-params";

/** Resolves or reopens one comment. */
export const PUT = apiRoute({ params: ZCommentParams, access: "signed-in", body: ZResolveComment }, ({ actor, params, body }) =>
  setCommentResolved(params.id, params.locale, params.commentId, body.resolved, actor),
);
