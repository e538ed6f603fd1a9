/*
 * The editorial face of the data layer (`@rightsdesk/db/editor`): everything the public face offers, and the
 * commands and reads of the newsroom. Commands take the acting user (`Actor`) and check the permission themselves.
 * Only server code of the editor app, the seed, benches and scripts import it; the package has no `.` entry, so
 * every import names the face it reads through. The raw Prisma client is not here but in `@rightsdesk/db/client`,
 * which the editor app may not import.
 */
export * from "./public";
export { type Actor, assertAllowed } from "./access/access";
export { addComment, listComments, setCommentResolved } from "./articles/comments";
export { deleteArticle } from "./articles/article-deletion";
export { getArticleFootprint, type Revalidating, withRevalidationOf } from "./articles/article-footprint";
export { AUDIT_ACTIONS, listAuditActors, listAuditEvents, type AuditAction, type AuditEntry, type AuditEventView, type AuditListQuery } from "./access/audit";
export { createArticle, getArticle, listArticleAuthors, listArticles, saveVersion, setArticleTags } from "./articles/articles";
export { changeArticleSlug, listArticleOldSlugs } from "./articles/article-slugs";
export { heartbeat, leave, listPresent } from "./articles/presence";
export { searchMentionables, suggestionsForArticle } from "./articles/mentions";
export { getRevision, listRevisions, restoreRevision, type RevisionListItem } from "./articles/revisions";
export { deleteMedia, embedVideo, getMedia, listMedia, listMediaByIds, listMediaPage, mediaPreviewKey, uploadMedia } from "./media/assets";
export { discardMediaTexts, mediaTextsToPublish, publishMediaTexts, updateMediaMetadata } from "./media/texts";
export { LocalDiskStorage, type MediaStorage, mediaStorage, type StoredFile } from "./media/storage";
export { upsertTag } from "./articles/tags";
export {
  languageStatesOf,
  listAssignmentsOf,
  listTranslationMatrix,
  listTranslators,
  requestTranslations,
  type AssignmentView,
  type TranslationCellView,
  type TranslationMatrixRow,
} from "./translation/translation-desk";
export {
  countLabelTranslations,
  listLabelTranslationPages,
  markLabelUpToDate,
  outdatedBioLocales,
  saveLabelTranslation,
  type LabelTranslationItem,
  type LabelTranslationPages,
} from "./translation/label-translations";
export { getSourceChangesSince, markUpToDate, type SourceChanges, type SourceRevisionText } from "./translation/translation-status";
export { clearSignInFailures, recordSignInFailure, signInWait } from "./access/sign-in-throttle";
export {
  changeOwnPassword,
  createUser,
  endSessions,
  getSessionUser,
  getUser,
  listUsers,
  resetPassword,
  setUserRole,
  setUserStatus,
  upsertUser,
  verifyCredentials,
  type SignedInUser,
} from "./access/users";
export {
  createCase,
  deleteCase,
  getCaseForEditor,
  listCaseEvents,
  listCaseParticipants,
  listCases,
  searchCases,
  setCaseParticipants,
  updateCase,
  type EditableCase,
  type EditableCaseEvent,
} from "./registry/cases";
export { listChanges, type RegistryChangeEntry } from "./registry/history";
export { backfillSearchText } from "./registry/search-text";
export { getArticleRegistryLinks, type LinkedRecord, listArticlesOfPerson, setArticleRegistryLinks } from "./registry/links";
export { translateCaseEvent, translatePersonBio } from "./registry/translations";
export { createOrganisation, deleteOrganisation, getOrganisation, searchOrganisations, updateOrganisation } from "./registry/organisations";
export {
  createPerson,
  deletePerson,
  getPersonForEditor,
  mergePersons,
  previewPersonMerge,
  searchPersons,
  updatePerson,
  type EditablePerson,
  type MergeChoice,
  type PersonListLine,
} from "./registry/persons";
export {
  createProtection,
  deleteProtection,
  listProtectionsOfPerson,
  updateProtection,
  type EditableProtection,
} from "./registry/protections";
export {
  assignReviewer,
  getPublishedRevisionNumber,
  isLatestAuthor,
  listReviewers,
  publishDueVersions,
  transitionVersion,
  type PublishedBySchedule,
} from "./workflow/workflow";
export { isDatabaseUnavailable } from "./infra/unavailable";
export { readVersionQueue, type VersionQueue } from "./workflow/work-queues";
