import { createProtection } from "@rightsdesk/db/editor";
import { apiRoute } from "~/features/shared/server/api";
import { revalidating } from "~/features/shared/server/public-site";
import { endpoints } from "~/features/shared/endpoints";

export const POST = apiRoute(endpoints.createProtection, { kind: "registry.edit" }, revalidating(({ actor, body }) => createProtection(body, actor)));
