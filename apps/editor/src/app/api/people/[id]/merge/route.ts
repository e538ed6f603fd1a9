import { mergePersons } from "@rightsdesk/db";
import { z } from "zod";
import { registryRoute } from "~/lib/registry-route";
import { ZRecordParams } from "~/lib/route-params";

const ZMerge = z.object({ duplicateId: z.string().trim().min(1, "Choose the duplicate to merge") });

/** The person in the address survives; the duplicate's names, links and protections move to them. */
export const POST = registryRoute({ params: ZRecordParams, body: ZMerge }, ({ actor, params, body }) =>
  mergePersons(params.id, body.duplicateId, actor),
);
