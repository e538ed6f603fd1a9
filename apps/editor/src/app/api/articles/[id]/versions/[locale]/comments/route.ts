import { addComment, listComments } from "@rightsdesk/db/editor";
import { ZNewComment } from "@rightsdesk/domain";
import { apiRoute } from "~/lib/api";
import { ZNoBody, ZVersionParams } from "~/lib/route-params";

export const GET = apiRoute({ params: ZVersionParams, access: "signed-in", body: ZNoBody }, ({ actor, params }) => listComments(params.id, params.locale, actor));

export const POST = apiRoute({ params: ZVersionParams, access: "signed-in", body: ZNewComment }, ({ actor, params, body }) =>
  addComment(params.id, params.locale, body, actor),
);
