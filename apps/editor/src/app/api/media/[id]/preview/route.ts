import { mediaPreviewKey, storedFileResponse } from "@rightsdesk/db";
import { AppError } from "@rightsdesk/domain";
import { z } from "zod";
import { apiRequestRoute } from "~/lib/api";
import { ZRecordParams } from "~/lib/route-params";

const ZWidth = z.coerce.number().int().min(1).max(4000).catch(640);
const notFound = () => new AppError("not_found", "This media item does not exist.");

/**
 * What editors see of an asset (library grid, article body): signed-in users only, since the
 * library holds photos not yet published. `?w=` picks the web copy closest to that width.
 */
export const GET = apiRequestRoute({ params: ZRecordParams, access: "signed-in" }, async ({ params, request }) => {
  const key = await mediaPreviewKey(params.id, ZWidth.parse(new URL(request.url).searchParams.get("w")));
  const response = key ? await storedFileResponse(key, "private, max-age=3600") : null;
  if (!response) throw notFound();
  return response;
});
