import { transitionVersion } from "@rightsdesk/db/editor";
import { ZTransitionInput } from "@rightsdesk/domain";
import { apiRoute } from "~/lib/api";
import { revalidating } from "~/lib/public-site";
import { ZVersionParams } from "~/lib/route-params";

/** Moves a language version through review, publication, scheduling and the archive. */
export const POST = apiRoute(
  { params: ZVersionParams, access: "signed-in", body: ZTransitionInput },
  revalidating(({ actor, params, body }) => transitionVersion(params.id, params.locale, body, actor)),
);
