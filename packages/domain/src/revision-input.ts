import { z } from "zod";
import { MAX_REVISION } from "./article";
import { keysetParam, optionalParam } from "./query-param";

const ZRevisionNumber = z.number().int().min(1).max(MAX_REVISION);

/** Restores an old revision as a new one; the revision the person was looking at makes a restore over someone's newer save a conflict. */
export const ZRestoreRevisionInput = z.object({ number: ZRevisionNumber, baseRevision: z.number().int().min(0).max(MAX_REVISION) });

/** The source revision a translator reviewed: if the source moved on since, marking the translation up to date is refused. */
export const ZMarkUpToDateInput = z.object({ sourceRevision: ZRevisionNumber });

/** A revision number in an address; a hand-edited one that is not a number in range is left out. */
const revisionParam = () => optionalParam(z.coerce.number().int().min(1).max(MAX_REVISION));

/** A version's history page: the two revisions it compares, and where its list of revisions starts. */
export const ZRevisionHistoryQuery = z.object({
  from: revisionParam(),
  to: revisionParam(),
  after: keysetParam(z.string().pipe(z.coerce.number<string>().int().min(1).max(MAX_REVISION))),
});
