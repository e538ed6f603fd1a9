import { markUpToDate } from "@rightsdesk/db";
import { z } from "zod";
import { apiRoute } from "~/lib/api";
import { revalidating } from "~/lib/public-site";
import { editsVersion } from "~/lib/route-access";
import { ZVersionParams } from "~/lib/route-params";

// The source revision the translator reviewed: if the source moved on since, the mark is refused.
const ZMarkUpToDateInput = z.object({ sourceRevision: z.number().int().min(1) });

// Reviewing a live translation can end the outdated notice its readers see.
export const POST = apiRoute(
  { params: ZVersionParams, access: editsVersion, body: ZMarkUpToDateInput },
  revalidating(({ actor, params, body }) => markUpToDate(params.id, params.locale, body.sourceRevision, actor)),
);
