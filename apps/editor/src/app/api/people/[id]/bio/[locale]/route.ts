import { translatePersonBio } from "@rightsdesk/db/editor";
import { ZBioTranslationSave } from "@rightsdesk/domain";
import { registryRoute } from "~/lib/registry-route";
import { translatesRegistry } from "~/lib/route-access";
import { ZVersionParams } from "~/lib/route-params";

// A save over someone else's translation is refused.
export const PUT = registryRoute({ params: ZVersionParams, access: translatesRegistry, body: ZBioTranslationSave }, ({ actor, params, body }) =>
  translatePersonBio(params.id, params.locale, body, actor),
);
