// The editorial face: everything the public face offers, and the commands and reads of the newsroom.
export * from "./public";
export { type Actor, assertAllowed } from "./access";
export { addComment, listComments, setCommentResolved } from "./comments";
export { deleteArticle } from "./article-deletion";
export { getArticleFootprint, type Revalidating } from "./article-footprint";
export { AUDIT_ACTIONS, listAuditActors, listAuditEvents, recordAudit, type AuditAction, type AuditEntry, type AuditEventView, type AuditListQuery } from "./audit";
export { createArticle, getArticle, listArticleAuthors, listArticles, saveVersion, setArticleTags } from "./articles";
export { changeArticleSlug, listArticleOldSlugs } from "./article-slugs";
export { db } from "./client";
export { heartbeat, leave, listPresent } from "./presence";
export { searchMentionables, suggestionsForArticle, type Mentionable } from "./mentions";
export { getRevision, listRevisions, restoreRevision, type Revision, type RevisionListItem } from "./revisions";
export { deleteMedia, embedVideo, getMedia, listMedia, listMediaByIds, listMediaPage, mediaPreviewKey, uploadMedia } from "./media/assets";
export { discardMediaTexts, mediaTextsToPublish, publishMediaTexts, updateMediaMetadata } from "./media/texts";
export { LocalDiskStorage, type MediaStorage, mediaStorage, type StoredFile } from "./media/storage";
export { getTagFootprint, upsertTag } from "./tags";
export {
  languageStatesOf,
  listAssignmentsOf,
  listTranslationMatrix,
  listTranslators,
  requestTranslations,
  type AssignmentView,
  type TranslationCellView,
  type TranslationMatrixRow,
} from "./translation-desk";
export {
  countLabelTranslations,
  listLabelTranslationPages,
  markLabelUpToDate,
  outdatedBioLocales,
  saveLabelTranslation,
  type LabelTranslationItem,
  type LabelTranslationPages,
} from "./label-translations";
export { getSourceChangesSince, markUpToDate, type SourceChanges, type SourceRevisionText } from "./translation-status";
export { clearSignInFailures, recordSignInFailure, signInWait } from "./sign-in-throttle";
export { endSessions, getSessionUser, getUser, listUsers, setUserRole, upsertUser, verifyCredentials, type SignedInUser } from "./users";
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
export { backfillPersonSearchText } from "./registry/person-search";
export { getArticleRegistryLinks, type LinkedRecord, listArticlesOfPerson, setArticleRegistryLinks } from "./registry/links";
export { translateCaseEvent, translatePersonBio } from "./registry/translations";
export { createOrganisation, deleteOrganisation, getOrganisation, listOrganisations, searchOrganisations, updateOrganisation } from "./registry/organisations";
export {
  createPerson,
  deletePerson,
  getPersonForEditor,
  listPersons,
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
} from "./workflow";
export { isDatabaseUnavailable } from "./unavailable";
export { readVersionQueue, type VersionQueue } from "./work-queues";
