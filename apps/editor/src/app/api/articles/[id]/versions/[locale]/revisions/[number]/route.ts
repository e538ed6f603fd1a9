import { getRevision } from "@rightsdesk/db/editor";
import { AppError } from "@rightsdesk/domain";
import { apiRoute } from "~/lib/api";
import { ZNoBody, ZRevisionParams } from "~/lib/route-params";

export const GET = apiRoute({ params: ZRevisionParams, access: "signed-in", body: ZNoBody }, async ({ params }) => {
  const revision = await getRevision(params.id, params.locale, params.number);
  if (!revision) throw new AppError("not_found", "This language version has no such revision.");
  return revision;
});
