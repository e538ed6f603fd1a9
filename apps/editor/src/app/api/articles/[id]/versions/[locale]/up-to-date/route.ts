import { markUpToDate } from "@rightsdesk/db/editor";
import { ZMarkUpToDateInput } from "@rightsdesk/domain";
import { apiRoute } from "~/lib/api";
import { revalidating } from "~/lib/public-site";
import { editsVersion } from "~/lib/route-access";
import { ZVersionParams } from "~/lib/route-params";

// Reviewing a live translation can end the outdated notice its readers see.
export const POST = apiRoute(
  { params: ZVersionParams, access: editsVersion, body: ZMarkUpToDateInput },
  revalidating(({ actor, params, body }) => markUpToDate(params.id, params.locale, body.sourceRevision, actor)),
);
