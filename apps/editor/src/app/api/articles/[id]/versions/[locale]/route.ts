import { saveVersion } from "@rightsdesk/db/editor";
import { apiRoute } from "~/features/shared/server/api";
import { revalidating } from "~/features/shared/server/public-site";
import { editsVersion } from "~/features/shared/server/route-access";
import { endpoints } from "~/features/shared/endpoints";

// A save of a live version waits for "Publish changes"; the publication rule says what readers see, if anything, changed.
export const PUT = apiRoute(endpoints.saveVersion, editsVersion,
  revalidating(({ actor, params, body }) => saveVersion(params.id, params.locale, body, actor)),
);
