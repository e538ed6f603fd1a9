import { setCommentResolved } from "@rightsdesk/db/editor";
import { apiRoute } from "~/features/shared/server/api";
import { endpoints } from "~/features/shared/endpoints";

/** Resolves or reopens one comment. */
export const PUT = apiRoute(endpoints.resolveComment, "signed-in", ({ actor, params, body }) =>
  setCommentResolved(params.id, params.locale, params.commentId, body.resolved, actor),
);
