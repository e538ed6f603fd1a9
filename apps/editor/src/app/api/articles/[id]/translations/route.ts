import { requestTranslations } from "@rightsdesk/db/editor";
import { apiRoute } from "~/features/shared/server/api";
import { endpoints } from "~/features/shared/endpoints";

export const PUT = apiRoute(endpoints.requestTranslations, { kind: "translation.request" }, ({ actor, params, body }) =>
  requestTranslations(params.id, body, actor),
);
