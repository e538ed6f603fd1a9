import { type CountryCode, optionalParam, type ProtectionType, ZCountryCode, ZProtectionType } from "@rightsdesk/domain";
import { z } from "zod";
import { type SearchParams } from "./page-param";

export type ProtectionFilter = { state?: CountryCode; type?: ProtectionType };

const ZProtectionFilter = z.object({
  state: optionalParam(ZCountryCode),
  type: optionalParam(ZProtectionType),
});

/** `?state=PL&type=refugee_status` of the protections page. */
export function protectionFilterParam(searchParams: SearchParams): ProtectionFilter {
  const { state, type } = ZProtectionFilter.parse(searchParams);
  return { ...(state && { state }), ...(type && { type }) };
}
