import { markUpToDate } from "@rightsdesk/db";
import { apiRoute } from "~/lib/api";
import { revalidating } from "~/lib/public-site";
import { editsVersion } from "~/lib/route-access";
import { endpoints } from "~/lib/endpoints";

// Reviewing a live translation can end the outdated notice its readers see.
export const POST = apiRoute(endpoints.markUpToDate, editsVersion,
  revalidating(({ actor, params, body }) => markUpToDate(params.id, params.locale, body.sourceRevision, actor)),
);
