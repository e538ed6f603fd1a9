import { restoreRevision } from "@rightsdesk/db";
import { z } from "zod";
import { apiRoute } from "~/lib/api";
import { revalidating } from "~/lib/public-site";
import { editsVersion } from "~/lib/route-access";
import { ZVersionParams } from "~/lib/route-params";

const ZRestoreInput = z.object({
  number: z.number().int().min(1),
  // The revision the person was looking at: a restore over someone's newer save is a conflict.
  baseRevision: z.number().int().min(0),
});

export const POST = apiRoute(
  { params: ZVersionParams, access: editsVersion, body: ZRestoreInput },
  revalidating(({ actor, params, body }) => restoreRevision(params.id, params.locale, body.number, body.baseRevision, actor)),
);
