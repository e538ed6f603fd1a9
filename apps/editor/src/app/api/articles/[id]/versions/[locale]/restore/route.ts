import { restoreRevision } from "@rightsdesk/db/editor";
import { apiRoute } from "~/features/shared/server/api";
import { revalidating } from "~/features/shared/server/public-site";
import { editsVersion } from "~/features/shared/server/route-access";
import { endpoints } from "~/features/shared/endpoints";

export const POST = apiRoute(endpoints.restoreRevision, editsVersion,
  revalidating(({ actor, params, body }) => restoreRevision(params.id, params.locale, body.number, body.baseRevision, actor)),
);
