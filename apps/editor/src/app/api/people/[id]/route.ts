import { deletePerson, updatePerson } from "@rightsdesk/db";
import { ZPersonInput } from "@rightsdesk/domain";
import { z } from "zod";
import { registryRoute } from "~/lib/registry-route";
import { ZNoBody, ZRecordParams } from "~/lib/route-params";

/** The version the editor opened travels with the person, so a save over someone else's is refused. */
const ZPersonSave = z.object({ person: ZPersonInput, baseVersion: z.number().int().nonnegative() });

export const PUT = registryRoute({ params: ZRecordParams, access: { kind: "registry.edit" }, body: ZPersonSave }, ({ actor, params, body }) =>
  updatePerson(params.id, body.person, body.baseVersion, actor),
);

export const DELETE = registryRoute({ params: ZRecordParams, access: { kind: "registry.edit" }, body: ZNoBody }, ({ actor, params }) => deletePerson(params.id, actor));
