import { z } from "zod";
import { ZCountryCode } from "../country";
import { ZSourceUrl } from "./case";
import { formatPartialDate, isCertainlyBefore, type PartialDate, ZPartialDate } from "./partial-date";

export const PROTECTION_TYPES = [
  "refugee_status",
  "asylum",
  "subsidiary_protection",
  "international_protection",
  "humanitarian_protection",
  "diplomatic_protection",
  "extradition_refusal",
] as const;
export type ProtectionType = (typeof PROTECTION_TYPES)[number];
export const ZProtectionType = z.enum(PROTECTION_TYPES);

export const PROTECTION_STATUSES = ["granted", "refused", "revoked", "pending"] as const;
export type ProtectionStatus = (typeof PROTECTION_STATUSES)[number];
export const ZProtectionStatus = z.enum(PROTECTION_STATUSES);

/** A protection a state granted (or refused) a person, e.g. refugee status in Poland for Muratbek Ketebayev. */
export const ZProtectionInput = z.object({
  personId: z.string().trim().min(1, "Choose a person"),
  type: ZProtectionType,
  grantingState: ZCountryCode,
  date: ZPartialDate.nullable().default(null),
  status: ZProtectionStatus,
  sourceUrl: ZSourceUrl.nullable().default(null),
  /** The newsroom's own article that reported it, when there is one. */
  sourceArticleId: z.string().trim().min(1).nullable().default(null),
});
export type ProtectionInput = z.infer<typeof ZProtectionInput>;

/** A protection as stored: what the form gives, with its id. */
export type Protection = ProtectionInput & { id: string };

/**
 * Refuses a protection dated before the person was born, comparing only as precisely as both dates
 * are known: a protection "in 1963" for a person born 1963-05-07 may be right and is let through.
 * Needs the person, so the server checks it beside ZProtectionInput. Returns the message, or null.
 */
export function checkProtectionDate(protectionDate: PartialDate | null, birth: PartialDate | null): string | null {
  if (!protectionDate || !birth || !isCertainlyBefore(protectionDate, birth)) return null;
  return `A protection cannot be dated before the person's birth (${formatPartialDate(birth)})`;
}
