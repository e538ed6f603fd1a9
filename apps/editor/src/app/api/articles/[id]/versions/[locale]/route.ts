import { saveVersion } from "@rightsdesk/db";
import { apiRoute } from "~/lib/api";
import { ZVersionParams } from "~/lib/route-params";
import { ZSaveVersionRequest } from "~/lib/save-version-input";

export const PUT = apiRoute({ params: ZVersionParams, body: ZSaveVersionRequest }, ({ actor, params, body }) =>
  saveVersion(params.id, params.locale, body, actor),
);
