import { restoreRevision } from "@rightsdesk/db/editor";
import { ZRestoreRevisionInput } from "@rightsdesk/domain";
import { apiRoute } from "~/lib/api";
import { revalidating } from "~/lib/public-site";
import { editsVersion } from "~/lib/route-access";
import { ZVersionParams } from "~/lib/route-params";

export const POST = apiRoute(
  { params: ZVersionParams, access: editsVersion, body: ZRestoreRevisionInput },
  revalidating(({ actor, params, body }) => restoreRevision(params.id, params.locale, body.number, body.baseRevision, actor)),
);
