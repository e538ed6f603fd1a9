import { embedVideo } from "@rightsdesk/db";
import { apiRoute } from "~/lib/api";
import { endpoints } from "~/lib/endpoints";

/** A YouTube or Vimeo video added to the library by its address. */
export const POST = apiRoute(endpoints.embedVideo, { kind: "media.manage" }, ({ actor, body }) => embedVideo(body, actor));
