import { requestTranslations } from "@rightsdesk/db/editor";
import { ZTranslationRequest } from "@rightsdesk/domain";
import { apiRoute } from "~/lib/api";
import { ZRecordParams } from "~/lib/route-params";

export const PUT = apiRoute({ params: ZRecordParams, access: { kind: "translation.request" }, body: ZTranslationRequest }, ({ actor, params, body }) =>
  requestTranslations(params.id, body, actor),
);
