import { deleteProtection, updateProtection } from "@rightsdesk/db/editor";
import { apiRoute } from "~/features/shared/server/api";
import { revalidating } from "~/features/shared/server/public-site";
import { endpoints } from "~/features/shared/endpoints";

export const PUT = apiRoute(
  endpoints.updateProtection,
  { kind: "registry.edit" },
  revalidating(({ actor, params, body }) => updateProtection(params.id, body.protection, body.baseVersion, actor)),
);

export const DELETE = apiRoute(endpoints.deleteProtection, { kind: "registry.edit" }, revalidating(({ actor, params }) => deleteProtection(params.id, actor)));
