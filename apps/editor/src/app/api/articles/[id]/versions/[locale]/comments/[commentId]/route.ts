import { setCommentResolved } from "@rightsdesk/db";
import { apiRoute } from "~/lib/api";
import { endpoints } from "~/lib/endpoints";

/** Resolves or reopens one comment. */
export const PUT = apiRoute(endpoints.resolveComment, "signed-in", ({ actor, params, body }) =>
  setCommentResolved(params.id, params.locale, params.commentId, body.resolved, actor),
);
