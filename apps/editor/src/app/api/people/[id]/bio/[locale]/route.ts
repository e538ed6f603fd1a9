import { translatePersonBio } from "@rightsdesk/db";
import { BIO_MAX_LENGTH, ZLocale, ZPreviousTranslation } from "@rightsdesk/domain";
import { z } from "zod";
import { registryRoute } from "~/lib/registry-route";
import { translatesRegistry } from "~/lib/route-access";
import { ZRecordParams } from "~/lib/route-params";

const ZBioParams = ZRecordParams.extend({ locale: ZLocale });
/** An empty text clears the biography in that language; a save over someone else's translation is refused. */
const ZBioBody = z.object({
  text: z.string().max(BIO_MAX_LENGTH, `A biography must be at most ${BIO_MAX_LENGTH} characters`),
  previousTranslation: ZPreviousTranslation,
});

export const PUT = registryRoute({ params: ZBioParams, access: translatesRegistry, body: ZBioBody }, ({ actor, params, body }) =>
  translatePersonBio(params.id, params.locale, body, actor),
);
