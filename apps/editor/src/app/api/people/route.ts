import { createPerson } from "@rightsdesk/db";
import { ZPersonInput } from "@rightsdesk/domain";
import { apiRoute } from "~/lib/api";
import { ZNoParams } from "~/lib/route-params";

export const POST = apiRoute({ params: ZNoParams, body: ZPersonInput }, ({ actor, body }) => createPerson(body, actor));
