import { markLabelUpToDate } from "@rightsdesk/db";
import { apiRoute } from "~/lib/api";
import { endpoints } from "~/lib/endpoints";

// The text does not change, so the public site has nothing to refresh.
export const POST = apiRoute(endpoints.markLabelUpToDate, "signed-in", ({ actor, body }) => markLabelUpToDate(body, actor));
