import { deleteProtection } from "@rightsdesk/db";
import { apiRoute } from "~/lib/api";
import { ZNoBody, ZRecordParams } from "~/lib/route-params";

export const DELETE = apiRoute({ params: ZRecordParams, body: ZNoBody }, ({ actor, params }) => deleteProtection(params.id, actor));
