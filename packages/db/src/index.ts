export { type Actor } from "./access";
export { createArticle, getArticle, listArticles, saveVersion, setArticleTags, setVersionPublished } from "./articles";
export { recordAudit, type AuditAction, type AuditEntry } from "./audit";
export { db } from "./client";
export { getRevision, listRevisions, restoreRevision, type Revision, type RevisionListItem } from "./revisions";
export { getPublished, listPublished, listPublishedByTag, type Page } from "./published";
export { getTagBySlug, listTags, upsertTag } from "./tags";
export { getSourceChangesSince, markUpToDate, outdatedLocales, type SourceChanges, type SourceRevisionText } from "./translation-status";
export { getUser, upsertUser, verifyCredentials } from "./users";
export {
  createCase,
  deleteCase,
  getCaseForEditor,
  listCaseEvents,
  listCaseParticipants,
  listCases,
  setCaseParticipants,
  updateCase,
  type EditableCase,
  type EditableCaseEvent,
} from "./registry/cases";
export { listChanges, type RegistryChangeEntry } from "./registry/history";
export { getArticleRegistryLinks, listArticlesOfPerson, setArticleRegistryLinks } from "./registry/links";
export { translateCaseEvent, translatePersonBio } from "./registry/translations";
export { createOrganisation, deleteOrganisation, getOrganisation, listOrganisations, updateOrganisation } from "./registry/organisations";
export { createPerson, deletePerson, getPersonForEditor, listPersons, mergePersons, updatePerson, type EditablePerson } from "./registry/persons";
export {
  createProtection,
  deleteProtection,
  listProtectionsOfPerson,
  updateProtection,
  type EditableProtection,
} from "./registry/protections";
export {
  getPublicCase,
  getPublicPerson,
  listPublicProtections,
  listPublicRegistrySlugs,
  listPublishedLinked,
  resolveRegistryRedirect,
  type PersonRef,
  type PublicCasePage,
  type PublicPersonPage,
  type PublicProtectionRow,
} from "./registry/public";
