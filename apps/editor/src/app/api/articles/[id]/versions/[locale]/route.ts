import { saveVersion } from "@rightsdesk/db/editor";
import { ZSaveVersionInput } from "@rightsdesk/domain";
import { apiRoute } from "~/lib/api";
import { revalidating } from "~/lib/public-site";
import { editsVersion } from "~/lib/route-access";
import { ZVersionParams } from "~/lib/route-params";

// A save of a live version waits for "Publish changes"; the publication rule says what readers see, if anything, changed.
export const PUT = apiRoute(
  { params: ZVersionParams, access: editsVersion, body: ZSaveVersionInput },
  revalidating(({ actor, params, body }) => saveVersion(params.id, params.locale, body, actor)),
);
