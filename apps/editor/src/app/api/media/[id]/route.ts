import { deleteMedia, updateMediaMetadata } from "@rightsdesk/db/editor";
import { endpoints } from "~/features/shared/endpoints";
import { apiRoute } from "~/features/shared/server/api";
import { revalidating } from "~/features/shared/server/public-site";

/** Alt text, captions and transcripts per language, and the credit; the data layer checks each language against the role. */
export const PUT = apiRoute(
  endpoints.updateMedia,
  "signed-in",
  revalidating(({ actor, params, body }) => updateMediaMetadata(params.id, body, actor)),
);

export const DELETE = apiRoute(endpoints.deleteMedia, { kind: "media.manage" }, ({ actor, params }) => deleteMedia(params.id, actor));
