import { saveVersion } from "@rightsdesk/db";
import { ZSaveVersionInput } from "@rightsdesk/domain";
import { apiRoute } from "~/lib/api";
import { ZVersionParams } from "~/lib/route-params";

export const PUT = apiRoute({ params: ZVersionParams, body: ZSaveVersionInput }, ({ actor, params, body }) =>
  saveVersion(params.id, params.locale, body, actor),
);
