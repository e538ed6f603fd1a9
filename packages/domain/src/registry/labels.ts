import { type CaseKind, type CaseOutcome, type CaseStatus, type ParticipantRole } from "./case";
import { type OrganisationKind, type RelationshipKind } from "./organisation";
import { type Confidentiality, type NameKind, type NameScript, type PersonStatus, type SuggestedPersonRole } from "./person";
import { type ProtectionStatus, type ProtectionType } from "./protection";

/*
 * English labels for the registry's fixed values, for the editorial UI. Typed as complete records
 * so that a value added to a list does not compile until it has a label.
 */

export const PERSON_STATUS_LABELS: Record<PersonStatus, string> = {
  free: "Free",
  detained: "Detained",
  in_exile: "In exile",
  deceased: "Deceased",
  unknown: "Unknown",
};

export const NAME_SCRIPT_LABELS: Record<NameScript, string> = {
  latin: "Latin",
  cyrillic: "Cyrillic",
  other: "Other script",
};

export const NAME_KIND_LABELS: Record<NameKind, string> = {
  official: "Official spelling",
  transliteration: "Transliteration",
  former: "Former name",
};

export const CONFIDENTIALITY_LABELS: Record<Confidentiality, string> = {
  public: "Public",
  internal: "Internal only",
};

export const PERSON_ROLE_LABELS: Record<SuggestedPersonRole, string> = {
  opposition_politician: "Opposition politician",
  journalist: "Journalist",
  lawyer: "Lawyer",
  activist: "Activist",
  businessman: "Businessman",
  family_member: "Family member",
  human_rights_defender: "Human rights defender",
};

export const CASE_KIND_LABELS: Record<CaseKind, string> = {
  extradition_request: "Extradition request",
  deportation: "Deportation",
  criminal_prosecution: "Criminal prosecution",
  detention: "Detention",
  interpol_notice: "Interpol notice",
  asylum_procedure: "Asylum procedure",
};

export const CASE_STATUS_LABELS: Record<CaseStatus, string> = {
  open: "Open",
  closed: "Closed",
};

export const CASE_OUTCOME_LABELS: Record<CaseOutcome, string> = {
  extradition_refused: "Extradition refused",
  extradition_granted: "Extradition granted",
  released: "Released",
  convicted: "Convicted",
  acquitted: "Acquitted",
  deported: "Deported",
  returned: "Returned",
  pending: "Pending",
};

export const PARTICIPANT_ROLE_LABELS: Record<ParticipantRole, string> = {
  subject: "Subject",
  co_defendant: "Co-defendant",
  witness: "Witness",
  family_member: "Family member",
};

export const PROTECTION_TYPE_LABELS: Record<ProtectionType, string> = {
  refugee_status: "Refugee status",
  asylum: "Asylum",
  subsidiary_protection: "Subsidiary protection",
  international_protection: "International protection",
  humanitarian_protection: "Humanitarian protection",
  diplomatic_protection: "Diplomatic protection",
  extradition_refusal: "Extradition refusal",
};

export const PROTECTION_STATUS_LABELS: Record<ProtectionStatus, string> = {
  granted: "Granted",
  refused: "Refused",
  revoked: "Revoked",
  pending: "Pending",
};

export const ORGANISATION_KIND_LABELS: Record<OrganisationKind, string> = {
  ngo: "NGO",
  court: "Court",
  parliament: "Parliament",
  media: "Media",
  government: "Government",
  international_body: "International body",
};

export const RELATIONSHIP_LABELS: Record<RelationshipKind, string> = {
  spouse: "Spouse",
  child: "Child",
  parent: "Parent",
  sibling: "Sibling",
  colleague: "Colleague",
};
