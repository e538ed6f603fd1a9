import { restoreRevision } from "@rightsdesk/db";
import { ZRestoreRevisionInput } from "@rightsdesk/domain";
import { apiRoute } from "~/lib/api";
import { revalidateArticle } from "~/lib/public-site";
import { editsVersion } from "~/lib/route-access";
import { ZVersionParams } from "~/lib/route-params";

export const POST = apiRoute({ params: ZVersionParams, access: editsVersion, body: ZRestoreRevisionInput }, async ({ actor, params, body }) => {
  const version = await restoreRevision(params.id, params.locale, body.number, body.baseRevision, actor);
  if (version.status === "published") await revalidateArticle(params.id);
  return version;
});
