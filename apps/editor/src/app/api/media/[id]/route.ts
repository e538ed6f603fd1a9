import { deleteMedia, updateMediaMetadata } from "@rightsdesk/db";
import { apiRoute } from "~/features/shared/server/api";
import { revalidateMedia } from "~/features/shared/server/public-site";
import { endpoints } from "~/features/shared/endpoints";

/** Alt text, captions and transcripts per language, and the credit; the data layer checks each language against the role. */
export const PUT = apiRoute(endpoints.updateMedia, "signed-in", async ({ actor, params, body }) => {
  const updated = await updateMediaMetadata(params.id, body, actor);
  await revalidateMedia(params.id);
  return updated;
});

export const DELETE = apiRoute(endpoints.deleteMedia, { kind: "media.manage" }, ({ actor, params }) => deleteMedia(params.id, actor));
