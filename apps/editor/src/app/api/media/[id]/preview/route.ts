import { mediaPreviewKey, storedFileResponse } from "@rightsdesk/db/editor";
import { AppError } from "@rightsdesk/domain";
import { apiRequestRoute } from "~/features/shared/server/api";
import { endpoints } from "~/features/shared/endpoints";

const notFound = () => new AppError("not_found", "This media item does not exist.");

/**
 * What editors see of an asset (library grid, article body): signed-in users only, since the
 * library holds photos not yet published. `?w=` picks the web copy closest to that width.
 */
export const GET = apiRequestRoute(endpoints.mediaPreview, "signed-in", async ({ params, request }) => {
  const { w } = endpoints.mediaPreview.query.parse(Object.fromEntries(new URL(request.url).searchParams));
  const key = await mediaPreviewKey(params.id, w);
  const response = key ? await storedFileResponse(key, "private, max-age=3600") : null;
  if (!response) throw notFound();
  return response;
});
