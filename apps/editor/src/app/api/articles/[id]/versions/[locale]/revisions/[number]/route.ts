import { getRevision } from "@rightsdesk/db/editor";
import { AppError } from "@rightsdesk/domain";
import { apiQueryRoute } from "~/features/shared/server/api";
import { endpoints } from "~/features/shared/endpoints";

export const GET = apiQueryRoute(endpoints.getRevision, "signed-in", async ({ params }) => {
  const revision = await getRevision(params.id, params.locale, params.number);
  if (!revision) throw new AppError("not_found", "This language version has no such revision.");
  return revision;
});
