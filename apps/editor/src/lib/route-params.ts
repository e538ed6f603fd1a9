import { ZLocale } from "@rightsdesk/domain";
import { z } from "zod";

export const ZArticleParams = z.object({ id: z.string().min(1) });
export const ZVersionParams = ZArticleParams.extend({ locale: ZLocale });
export const ZNoParams = z.object({});
/** A person, case, protection or organisation addressed by its id. */
export const ZRecordParams = z.object({ id: z.string().min(1) });
/** For requests that carry no data, such as a delete. */
export const ZNoBody = z.object({});
