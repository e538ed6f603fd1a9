import { transitionVersion } from "@rightsdesk/db/editor";
import { apiRoute } from "~/features/shared/server/api";
import { revalidating } from "~/features/shared/server/public-site";
import { endpoints } from "~/features/shared/endpoints";

/** Moves a language version through review, publication, scheduling and the archive. */
export const POST = apiRoute(endpoints.transitionVersion, "signed-in",
  revalidating(({ actor, params, body }) => transitionVersion(params.id, params.locale, body, actor)),
);
