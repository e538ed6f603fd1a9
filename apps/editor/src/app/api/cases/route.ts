import { createCase, setCaseParticipants } from "@rightsdesk/db";
import { apiRoute } from "~/lib/api";
import { ZCaseForm } from "~/lib/case-save";
import { ZNoParams } from "~/lib/route-params";

export const POST = apiRoute({ params: ZNoParams, body: ZCaseForm }, async ({ actor, body }) => {
  const created = await createCase(body.case, actor);
  await setCaseParticipants(created.id, body.participants, actor);
  return created;
});
