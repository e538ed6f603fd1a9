import { changeOwnPassword } from "@rightsdesk/db/editor";
import { apiRoute } from "~/features/shared/server/api";
import { endpoints } from "~/features/shared/endpoints";

// Everyone may change their own password, and no one else's: the data layer proves the current one.
export const PUT = apiRoute(endpoints.changeOwnPassword, "signed-in", ({ actor, body }) => changeOwnPassword(actor, body));
