import { saveVersion } from "@rightsdesk/db";
import { apiRoute } from "~/lib/api";
import { revalidating } from "~/lib/public-site";
import { editsVersion } from "~/lib/route-access";
import { endpoints } from "~/lib/endpoints";

// A save of a live version waits for "Publish changes"; the publication rule says what readers see, if anything, changed.
export const PUT = apiRoute(endpoints.saveVersion, editsVersion,
  revalidating(({ actor, params, body }) => saveVersion(params.id, params.locale, body, actor)),
);
