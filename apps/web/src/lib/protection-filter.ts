import { type CountryCode, type ProtectionType, ZCountryCode, ZProtectionType } from "@rightsdesk/domain";
import { z } from "zod";
import { type SearchParams } from "./page-param";

export type ProtectionFilter = { state?: CountryCode; type?: ProtectionType };

// A repeated parameter counts by its first value, like ?page; anything unusable means "no filter",
// so a hand-edited or stale URL shows the whole table instead of an error page.
const first = (value: unknown) => (Array.isArray(value) ? (value as unknown[])[0] : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(first, schema.optional()).catch(undefined);

const ZProtectionFilter = z.object({
  state: optional(ZCountryCode),
  type: optional(ZProtectionType),
});

/** `?state=PL&type=refugee_status` of the protections page. */
export function protectionFilterParam(searchParams: SearchParams): ProtectionFilter {
  const { state, type } = ZProtectionFilter.parse(searchParams);
  return { ...(state && { state }), ...(type && { type }) };
}
