import { transitionVersion } from "@rightsdesk/db";
import { apiRoute } from "~/lib/api";
import { revalidating } from "~/lib/public-site";
import { endpoints } from "~/lib/endpoints";

/** Moves a language version through review, publication, scheduling and the archive. */
export const POST = apiRoute(endpoints.transitionVersion, "signed-in",
  revalidating(({ actor, params, body }) => transitionVersion(params.id, params.locale, body, actor)),
);
