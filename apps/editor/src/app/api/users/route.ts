import { createUser } from "@rightsdesk/db/editor";
import { apiRoute } from "~/features/shared/server/api";
import { endpoints } from "~/features/shared/endpoints";

export const POST = apiRoute(endpoints.createUser, { kind: "user.manage" }, ({ actor, body }) => createUser(body, actor));
