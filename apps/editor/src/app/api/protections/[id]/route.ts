import { deleteProtection, updateProtection } from "@rightsdesk/db";
import { ZProtectionInput } from "@rightsdesk/domain";
import { z } from "zod";
import { registryRoute } from "~/lib/registry-route";
import { ZNoBody, ZRecordParams } from "~/lib/route-params";

/** The version the editor opened travels with the protection, so a save over someone else's is refused. */
const ZProtectionSave = z.object({ protection: ZProtectionInput, baseVersion: z.number().int().nonnegative() });

export const PUT = registryRoute({ params: ZRecordParams, access: { kind: "registry.edit" }, body: ZProtectionSave }, ({ actor, params, body }) =>
  updateProtection(params.id, body.protection, body.baseVersion, actor),
);

export const DELETE = registryRoute({ params: ZRecordParams, access: { kind: "registry.edit" }, body: ZNoBody }, ({ actor, params }) => deleteProtection(params.id, actor));
