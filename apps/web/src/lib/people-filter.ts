import { type CountryCode, optionalParam, type ProtectionType, ZCountryCode, ZProtectionType } from "@rightsdesk/domain";
import { type PublicPersonEntry } from "@rightsdesk/db/public";
import { z } from "zod";
import { type SearchParams } from "./page-param";

export type PeopleFilter = { country?: CountryCode; protection?: ProtectionType };

const ZPeopleFilter = z.object({ country: optionalParam(ZCountryCode), protection: optionalParam(ZProtectionType) });

/** `?country=KZ&protection=refugee_status` of the people index. */
export function peopleFilterParam(searchParams: SearchParams): PeopleFilter {
  const { country, protection } = ZPeopleFilter.parse(searchParams);
  return { ...(country && { country }), ...(protection && { protection }) };
}

/** The people of a nationality who were granted (or refused) a kind of protection, as the filter asks. */
export function filterPeople<T extends Pick<PublicPersonEntry, "nationalities" | "protectionTypes">>(people: readonly T[], filter: PeopleFilter): T[] {
  return people.filter(
    (person) =>
      (!filter.country || person.nationalities.includes(filter.country)) &&
      (!filter.protection || person.protectionTypes.includes(filter.protection)),
  );
}
