/*
 * The public face of the data layer: everything the public site may read, and nothing else. Only published
 * versions (their published revision) and public registry records come out of it; drafts, internal persons,
 * internal notes and editors' commands are not here. apps/web imports this module only (its ESLint config
 * refuses `@rightsdesk/db/editor` and every other entry), so a read that could leak must be added here on purpose.
 */

export { storedFileResponse } from "./media/serve";
export { isPublishedMediaKey, resolvePublicMedia } from "./media/public";
export { resolveMentionsForPublic, type PublicMention } from "./articles/mentions";
export {
  countPublishedByTag,
  getPublished,
  listPublished,
  listPublishedArchive,
  listPublishedByTag,
  resolveArticleRedirect,
  type ArchiveFilter,
  type Page,
} from "./articles/published";
export {
  getPublicCase,
  getPublicPerson,
  listPublicCases,
  listPublicOrganisations,
  listPublicPersons,
  listPublicProtections,
  listPublicRegistrySlugs,
  listPublishedLinked,
  resolveRegistryRedirect,
  type PersonRef,
  type PublicCaseEntry,
  type PublicCasePage,
  type PublicOrganisation,
  type PublicPersonEntry,
  type PublicPersonPage,
  type PublicProtectionRow,
} from "./registry/public";
export { listPublishedYears, searchPublic, type ArticleHit, type CaseHit, type OrganisationHit, type PersonHit, type PublicSearchResult } from "./search/search";
// Tags are public by nature: their labels are what readers browse by.
export { getTagBySlug, listTags } from "./articles/tags";
