import { type CountryCode } from "./country";
import { SOURCE_LOCALE } from "./locale";
import { type CaseKind } from "./registry/case";
import { CASE_KIND_LABELS, PROTECTION_TYPE_LABELS } from "./registry/labels";
import { type Protection, type ProtectionStatus, type ProtectionType } from "./registry/protection";
import { type Tag, tagLabel } from "./tag";

/*
 * What the records mentioned in an article suggest about it: the countries and topics to tag it with and
 * the people and cases to link. The editor sees each suggestion with its reasons and accepts it or not.
 */

/** The facts of a mentioned person or case that suggestions are drawn from. Organisations suggest nothing. */
export type MentionedFacts =
  | {
      kind: "person";
      id: string;
      name: string;
      nationalities: readonly CountryCode[];
      protections: readonly Pick<Protection, "type" | "grantingState" | "status">[];
    }
  | {
      kind: "case";
      id: string;
      title: string;
      caseKind: CaseKind;
      requestingStates: readonly CountryCode[];
      onBehalfOf: readonly CountryCode[];
      venueState: CountryCode | null;
    };

export type ArticleLinks = { tagIds: readonly string[]; personIds: readonly string[]; caseIds: readonly string[] };

export type Suggestion =
  | { type: "tag"; tag: Tag; reasons: string[] }
  | { type: "person" | "case"; id: string; label: string; reasons: string[] };

/** The seeded topic tag (by slug) that each kind of case and protection is about; a missing tag suggests nothing. */
const CASE_KIND_TOPICS: Record<CaseKind, string> = {
  extradition_request: "extradition",
  interpol_notice: "extradition",
  deportation: "extradition",
  criminal_prosecution: "political-prisoners",
  detention: "political-prisoners",
  asylum_procedure: "asylum",
};
const PROTECTION_TOPICS: Record<ProtectionType, string> = {
  refugee_status: "political-refugees",
  asylum: "asylum",
  subsidiary_protection: "international-protection",
  international_protection: "international-protection",
  humanitarian_protection: "international-protection",
  diplomatic_protection: "international-protection",
  extradition_refusal: "extradition",
};
const STATUS_PHRASES: Record<ProtectionStatus, string> = {
  granted: "granted by",
  refused: "refused by",
  revoked: "revoked by",
  pending: "pending in",
};

const lower = (label: string) => label.charAt(0).toLowerCase() + label.slice(1);

export function suggestForMentions(input: { mentioned: readonly MentionedFacts[]; tags: readonly Tag[]; article: ArticleLinks }): Suggestion[] {
  const byCountry = new Map(input.tags.filter((tag) => tag.countryCode).map((tag) => [tag.countryCode, tag]));
  const topicBySlug = new Map(input.tags.filter((tag) => tag.kind === "topic").map((tag) => [tag.slug, tag]));
  const onArticle = new Set([...input.article.tagIds, ...input.article.personIds, ...input.article.caseIds]);
  const found = new Map<string, Suggestion>();

  function suggest(key: string, create: () => Suggestion, reason: string) {
    const suggestion = found.get(key) ?? create();
    found.set(key, suggestion);
    if (!suggestion.reasons.includes(reason)) suggestion.reasons.push(reason);
  }
  function suggestTag(tag: Tag | undefined, reason: (label: string) => string) {
    if (tag && !onArticle.has(tag.id)) suggest(`tag:${tag.id}`, () => ({ type: "tag", tag, reasons: [] }), reason(tagLabel(tag, SOURCE_LOCALE)));
  }
  const country = (code: CountryCode, reason: (label: string) => string) => suggestTag(byCountry.get(code), reason);

  for (const record of input.mentioned) {
    if (!onArticle.has(record.id)) {
      const label = record.kind === "person" ? record.name : record.title;
      suggest(`${record.kind}:${record.id}`, () => ({ type: record.kind, id: record.id, label, reasons: [] }), "Mentioned in the text");
    }
    if (record.kind === "person") {
      record.nationalities.forEach((code) => country(code, () => `${record.name}'s nationality`));
      for (const protection of record.protections) {
        const what = `${record.name}'s ${lower(PROTECTION_TYPE_LABELS[protection.type])}`;
        country(protection.grantingState, (state) => `${what} ${STATUS_PHRASES[protection.status]} ${state}`);
        suggestTag(topicBySlug.get(PROTECTION_TOPICS[protection.type]), () => what);
      }
    } else {
      const what = `Case "${record.title}"`;
      record.requestingStates.forEach((code) => country(code, (state) => `${what}: requested by ${state}`));
      record.onBehalfOf.forEach((code) => country(code, (state) => `${what}: on behalf of ${state}`));
      if (record.venueState) country(record.venueState, (state) => `${what}: decided in ${state}`);
      suggestTag(topicBySlug.get(CASE_KIND_TOPICS[record.caseKind]), () => `${what}: ${lower(CASE_KIND_LABELS[record.caseKind])}`);
    }
  }
  const order = (s: Suggestion) => (s.type === "tag" ? (s.tag.kind === "country" ? 0 : 1) : s.type === "person" ? 2 : 3);
  // Array.prototype.sort is stable: within a group, the order of first mention stays.
  return [...found.values()].sort((a, b) => order(a) - order(b));
}
