import { markLabelUpToDate } from "@rightsdesk/db/editor";
import { ZMarkLabelUpToDate } from "@rightsdesk/domain";
import { apiRoute } from "~/lib/api";
import { ZNoParams } from "~/lib/route-params";

// The text does not change, so the public site has nothing to refresh.
export const POST = apiRoute({ params: ZNoParams, access: "signed-in", body: ZMarkLabelUpToDate }, ({ actor, body }) => markLabelUpToDate(body, actor));
