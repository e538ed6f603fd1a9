import { embedVideo } from "@rightsdesk/db/editor";
import { apiRoute } from "~/features/shared/server/api";
import { endpoints } from "~/features/shared/endpoints";

/** A YouTube or Vimeo video added to the library by its address. */
export const POST = apiRoute(endpoints.embedVideo, { kind: "media.manage" }, ({ actor, body }) => embedVideo(body, actor));
