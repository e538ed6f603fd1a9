import { markLabelUpToDate } from "@rightsdesk/db/editor";
import { apiRoute } from "~/features/shared/server/api";
import { endpoints } from "~/features/shared/endpoints";

// The text does not change, so the public site has nothing to refresh.
export const POST = apiRoute(endpoints.markLabelUpToDate, "signed-in", ({ actor, body }) => markLabelUpToDate(body, actor));
