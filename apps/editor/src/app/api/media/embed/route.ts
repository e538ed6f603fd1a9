import { embedVideo } from "@rightsdesk/db/editor";
import { ZVideoEmbedInput } from "@rightsdesk/domain";
import { apiRoute } from "~/lib/api";
import { ZNoParams } from "~/lib/route-params";

/** A YouTube or Vimeo video added to the library by its address. */
export const POST = apiRoute({ params: ZNoParams, access: { kind: "media.manage" }, body: ZVideoEmbedInput }, ({ actor, body }) => embedVideo(body, actor));
