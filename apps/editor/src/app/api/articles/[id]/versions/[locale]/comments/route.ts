import { addComment, listComments } from "@rightsdesk/db/editor";
import { apiQueryRoute, apiRoute } from "~/features/shared/server/api";
import { endpoints } from "~/features/shared/endpoints";

export const GET = apiQueryRoute(endpoints.listComments, "signed-in", ({ actor, params }) => listComments(params.id, params.locale, actor));

export const POST = apiRoute(endpoints.addComment, "signed-in", ({ actor, params, body }) =>
  addComment(params.id, params.locale, body, actor),
);
