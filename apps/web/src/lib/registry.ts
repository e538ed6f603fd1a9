import {
  getPublicCase,
  getPublicPerson,
  listPublicCases,
  listPublicOrganisations,
  listPublicPersons,
  listPublicRegistrySlugs,
  listPublishedLinked,
} from "@rightsdesk/db/public";
import { cacheTags } from "@rightsdesk/domain";
import { cache } from "react";
import { cachedRead } from "./cached-read";

// generateMetadata and the page both ask for the same record; cache() makes that one lookup per request.
// Old slugs of renamed or merged records are followed by the pages themselves (lib/old-slug.ts).
// A person's page shows their cases and a case's page its people: a registry save names the pages of the
// records linked to what it changed (the record's footprint), so a record's page carries its own tag only.
export const getPerson = cache(cachedRead("person", getPublicPerson, (slug) => [cacheTags.person(slug)]));
export const getCase = cache(cachedRead("case", getPublicCase, (slug) => [cacheTags.case(slug)]));

export const listLinkedArticles = cachedRead("linked-articles", listPublishedLinked, (_locale, link) => [
  "personSlug" in link ? cacheTags.person(link.personSlug) : cacheTags.case(link.caseSlug),
]);

export const listRegistrySlugs = cachedRead("registry-slugs", listPublicRegistrySlugs, () => [cacheTags.sitemap, cacheTags.registry]);

// The indexes list every public record: any registry save may add, rename or remove a line.
export const listPeople = cachedRead("people-index", listPublicPersons, () => [cacheTags.registry]);
export const listCases = cachedRead("cases-index", listPublicCases, () => [cacheTags.registry]);
export const listOrganisations = cachedRead("organisations-index", listPublicOrganisations, () => [cacheTags.registry]);
