import { markUpToDate } from "@rightsdesk/db";
import { z } from "zod";
import { apiRoute } from "~/lib/api";
import { ZVersionParams } from "~/lib/route-params";

// The source revision the translator reviewed: if the source moved on since, the mark is refused.
const ZMarkUpToDateInput = z.object({ sourceRevision: z.number().int().min(1) });

export const POST = apiRoute({ params: ZVersionParams, body: ZMarkUpToDateInput }, ({ actor, params, body }) =>
  markUpToDate(params.id, params.locale, body.sourceRevision, actor),
);
