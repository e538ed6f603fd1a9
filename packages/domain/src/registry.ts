import { type CountryCode } from "./country";
import { type Locale } from "./locale";

/*
 * The registry of people at risk. Only the types are laid down here so that articles can
 * refer to them; their schemas and rules come with the registry itself.
 */

export type Confidentiality = "public" | "internal";

/** A date known to the day, the month or only the year: "2013", "2013-07", "2013-07-31". */
export type PartialDate = { year: number; month?: number; day?: number };

export type NameVariant = {
  name: string;
  script: "latin" | "cyrillic" | "other";
  locale: Locale | null;
  kind: "official" | "transliteration" | "former";
};

export type PersonStatus = "free" | "detained" | "in_exile" | "deceased" | "unknown";

export type Person = {
  id: string;
  slug: string;
  name: string;
  variants: NameVariant[];
  birth: PartialDate | null;
  nationalities: CountryCode[];
  roles: string[];
  status: PersonStatus;
  bio: Partial<Record<Locale, string>>;
  confidentiality: Confidentiality;
};

export type CaseKind =
  | "extradition_request"
  | "deportation"
  | "criminal_prosecution"
  | "detention"
  | "interpol_notice"
  | "asylum_procedure";

export type CaseEvent = {
  date: PartialDate;
  kind: string;
  description: Partial<Record<Locale, string>>;
  sourceUrl: string | null;
};

export type Case = {
  id: string;
  slug: string;
  kind: CaseKind;
  requestingStates: CountryCode[];
  onBehalfOf: CountryCode[];
  venueState: CountryCode | null;
  status: "open" | "closed";
  outcome: string | null;
  timeline: CaseEvent[];
};

export type ProtectionType =
  | "refugee_status"
  | "asylum"
  | "subsidiary_protection"
  | "international_protection"
  | "humanitarian_protection"
  | "diplomatic_protection"
  | "extradition_refusal";

export type Protection = {
  id: string;
  personId: string;
  type: ProtectionType;
  grantingState: CountryCode;
  date: PartialDate | null;
  status: "granted" | "refused" | "revoked" | "pending";
  sourceUrl: string | null;
  sourceArticleId: string | null;
};
