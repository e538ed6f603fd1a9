import { ZLocale } from "@rightsdesk/domain";
import { z } from "zod";

export const ZArticleParams = z.object({ id: z.string().min(1) });
export const ZVersionParams = ZArticleParams.extend({ locale: ZLocale });
export const ZNoParams = z.object({});
