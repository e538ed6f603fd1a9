import { z } from "zod";
import { ZLocale } from "./locale";
import { MAX_REVISION } from "./article";

/* The parameters of the editor's route addresses, as its endpoint table and its route handlers parse them. */

/** An article, person, case, protection or organisation addressed by its id. */
export const ZRecordParams = z.object({ id: z.string().min(1) });
export const ZVersionParams = ZRecordParams.extend({ locale: ZLocale });
/** For routes without dynamic segments, and GET routes without search params (the browser builds addresses with these too). */
export const ZNoParams = z.object({});
/** For requests that carry no data, such as a delete. */
export const ZNoBody = z.object({});
/** One revision by number, or the latest one (what a conflicting save ran into). */
export const ZRevisionParams = ZVersionParams.extend({
  number: z.union([z.literal("latest"), z.coerce.number({ error: "A revision number or latest" }).int().min(1).max(MAX_REVISION)]),
});
export const ZCommentParams = ZVersionParams.extend({ commentId: z.string().min(1) });
/** A case's timeline event, in the language of the address. */
export const ZEventParams = z.object({ eventId: z.string().min(1), locale: ZLocale });
