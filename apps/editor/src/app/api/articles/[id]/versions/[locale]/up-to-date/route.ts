import { markUpToDate } from "@rightsdesk/db/editor";
import { apiRoute } from "~/features/shared/server/api";
import { revalidating } from "~/features/shared/server/public-site";
import { editsVersion } from "~/features/shared/server/route-access";
import { endpoints } from "~/features/shared/endpoints";

// Reviewing a live translation can end the outdated notice its readers see.
export const POST = apiRoute(endpoints.markUpToDate, editsVersion,
  revalidating(({ actor, params, body }) => markUpToDate(params.id, params.locale, body.sourceRevision, actor)),
);
