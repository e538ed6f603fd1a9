import { deleteMedia, updateMediaMetadata } from "@rightsdesk/db/editor";
import { ZMediaMetadataPatch } from "@rightsdesk/domain";
import { apiRoute } from "~/lib/api";
import { revalidateMedia } from "~/lib/public-site";
import { ZNoBody, ZRecordParams } from "~/lib/route-params";

/** Alt text, captions and transcripts per language, and the credit; the data layer checks each language against the role. */
export const PUT = apiRoute({ params: ZRecordParams, access: "signed-in", body: ZMediaMetadataPatch }, async ({ actor, params, body }) => {
  const updated = await updateMediaMetadata(params.id, body, actor);
  await revalidateMedia(params.id);
  return updated;
});

export const DELETE = apiRoute({ params: ZRecordParams, access: { kind: "media.manage" }, body: ZNoBody }, ({ actor, params }) => deleteMedia(params.id, actor));
