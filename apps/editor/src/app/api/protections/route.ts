import { createProtection } from "@rightsdesk/db";
import { ZProtectionInput } from "@rightsdesk/domain";
import { apiRoute } from "~/lib/api";
import { ZNoParams } from "~/lib/route-params";

export const POST = apiRoute({ params: ZNoParams, body: ZProtectionInput }, ({ actor, body }) => createProtection(body, actor));
