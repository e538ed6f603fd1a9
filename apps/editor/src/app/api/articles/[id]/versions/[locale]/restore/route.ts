import { restoreRevision } from "@rightsdesk/db";
import { apiRoute } from "~/lib/api";
import { revalidating } from "~/lib/public-site";
import { editsVersion } from "~/lib/route-access";
import { endpoints } from "~/lib/endpoints";

export const POST = apiRoute(endpoints.restoreRevision, editsVersion,
  revalidating(({ actor, params, body }) => restoreRevision(params.id, params.locale, body.number, body.baseRevision, actor)),
);
