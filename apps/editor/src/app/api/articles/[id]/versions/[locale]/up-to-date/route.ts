import { markUpToDate } from "@rightsdesk/db";
import { ZMarkUpToDateInput } from "@rightsdesk/domain";
import { apiRoute } from "~/lib/api";
import { revalidateArticle } from "~/lib/public-site";
import { editsVersion } from "~/lib/route-access";
import { ZVersionParams } from "~/lib/route-params";

// Reviewing a live translation can end the outdated notice its readers see.
export const POST = apiRoute({ params: ZVersionParams, access: editsVersion, body: ZMarkUpToDateInput }, async ({ actor, params, body }) => {
  const changes = await markUpToDate(params.id, params.locale, body.sourceRevision, actor);
  await revalidateArticle(params.id);
  return changes;
});
