import { requestTranslations } from "@rightsdesk/db";
import { apiRoute } from "~/lib/api";
import { endpoints } from "~/lib/endpoints";

export const PUT = apiRoute(endpoints.requestTranslations, { kind: "translation.request" }, ({ actor, params, body }) =>
  requestTranslations(params.id, body, actor),
);
