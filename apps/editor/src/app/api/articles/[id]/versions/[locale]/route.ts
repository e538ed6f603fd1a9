import { saveVersion } from "@rightsdesk/db";
import { ZSaveVersionInput } from "@rightsdesk/domain";
import { apiRoute } from "~/lib/api";
import { revalidateArticle } from "~/lib/public-site";
import { editsVersion } from "~/lib/route-access";
import { ZVersionParams } from "~/lib/route-params";

export const PUT = apiRoute({ params: ZVersionParams, access: editsVersion, body: ZSaveVersionInput }, async ({ actor, params, body }) => {
  const version = await saveVersion(params.id, params.locale, body, actor);
  // An editor's save of a published version is what readers see; a draft's autosaves concern nobody outside.
  if (version.status === "published") await revalidateArticle(params.id);
  return version;
});
