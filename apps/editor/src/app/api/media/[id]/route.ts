import { deleteMedia, updateMediaMetadata } from "@rightsdesk/db/editor";
import { cacheTags, ZMediaMetadataPatch } from "@rightsdesk/domain";
import { apiRoute } from "~/lib/api";
import { revalidating } from "~/lib/public-site";
import { ZNoBody, ZRecordParams } from "~/lib/route-params";

/** Alt text, captions and transcripts per language, and the credit; the data layer checks each language against the role. */
export const PUT = apiRoute(
  { params: ZRecordParams, access: "signed-in", body: ZMediaMetadataPatch },
  revalidating(async ({ actor, params, body }) => ({ result: await updateMediaMetadata(params.id, body, actor), revalidate: [cacheTags.media(params.id)] })),
);

export const DELETE = apiRoute({ params: ZRecordParams, access: { kind: "media.manage" }, body: ZNoBody }, ({ actor, params }) => deleteMedia(params.id, actor));
