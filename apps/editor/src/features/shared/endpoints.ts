import {
  type ArticleLinks,
  type ArticleVersion,
  type Case,
  type ExposedItem,
  type MediaAssetSummary,
  type ManagedUser,
  type Mentionable,
  type Organisation,
  type PersonWithInternal,
  type PresentUser,
  type Protection,
  type ReviewComment,
  type RevisionText,
  type SavedVersion,
  type Staleness,
  type Suggestion,
  type User,
  ZAccountStatusChange,
  ZAssignReviewerInput,
  ZBioTranslationSave,
  ZCaseForm,
  ZCaseSave,
  ZCommentParams,
  ZChangeSlugInput,
  ZCreateArticleInput,
  ZEventParams,
  ZEventTranslationSave,
  ZMarkLabelUpToDate,
  ZMarkUpToDateInput,
  ZMediaListQuery,
  ZMediaMetadataPatch,
  ZMediaPreviewQuery,
  ZMentionQuery,
  ZNewUser,
  ZNewComment,
  ZNoBody,
  ZNoParams,
  ZOrganisationInput,
  ZOrganisationSave,
  ZPasswordChange,
  ZPasswordReset,
  ZPersonInput,
  ZPersonMergeInput,
  ZPersonMergePreviewQuery,
  ZPersonSave,
  ZProtectionInput,
  ZProtectionSave,
  ZRecordParams,
  ZRegistryLinksInput,
  ZResolveComment,
  ZRestoreRevisionInput,
  ZRevisionParams,
  ZRoleChangeInput,
  ZSaveLabelTranslation,
  ZSaveVersionInput,
  ZSetTagsInput,
  ZTransitionInput,
  ZTranslationRequest,
  ZVersionParams,
  ZVideoEmbedInput,
} from "@rightsdesk/domain";
import { type z } from "zod";

/*
 * The editor's JSON API in one table: each route's method, address, params, body (or query) schema and the
 * type of its answer. The route handlers (server/api.ts) parse with these schemas and are type-checked to return
 * the answer; the browser's client (api-client.ts) builds addresses and bodies from the same entries.
 * This module is bundled into the browser: it imports schemas and types only, never server code.
 */

export type Method = "GET" | "POST" | "PUT" | "DELETE";

/** The type of a route's JSON answer. It carries no value: the server's handler is checked against it. */
export type Responds<T> = { readonly answer?: T };
const responds = <T>(): Responds<T> => ({});

/** What a route answers when it has nothing to say but that it did it. */
export type Ok = { ok: true };
/** A registry record as a save answers it: with the version a next save must name. */
type Versioned<T> = T & { version: number };

type Route = { method: Method; path: string; params: z.ZodType<object> };
/** A route whose request is JSON (a GET's is its query), answered with JSON. */
export type JsonEndpoint = Route & { body?: z.ZodType<object>; query?: z.ZodType<object>; response: Responds<unknown> };
/** A route that reads the request itself (an upload) or answers with a file: only its address is in common. */
export type FileEndpoint = Route & { file: true; query?: z.ZodType<object>; response?: Responds<unknown> };

const version = "/api/articles/:id/versions/:locale";

export const endpoints = {
  // Articles and their language versions.
  createArticle: { method: "POST", path: "/api/articles", params: ZNoParams, body: ZCreateArticleInput, response: responds<{ id: string; slug: string }>() },
  deleteArticle: { method: "DELETE", path: "/api/articles/:id", params: ZRecordParams, body: ZNoBody, response: responds<Ok>() },
  changeArticleSlug: { method: "PUT", path: "/api/articles/:id/slug", params: ZRecordParams, body: ZChangeSlugInput, response: responds<{ slug: string }>() },
  setArticleTags: { method: "PUT", path: "/api/articles/:id/tags", params: ZRecordParams, body: ZSetTagsInput, response: responds<Ok>() },
  setArticleRegistryLinks: { method: "PUT", path: "/api/articles/:id/registry-links", params: ZRecordParams, body: ZRegistryLinksInput, response: responds<Ok>() },
  articleSuggestions: {
    method: "GET",
    path: "/api/articles/:id/suggestions",
    params: ZRecordParams,
    query: ZNoParams,
    response: responds<{ suggestions: Suggestion[]; current: ArticleLinks }>(),
  },
  saveVersion: { method: "PUT", path: version, params: ZVersionParams, body: ZSaveVersionInput, response: responds<SavedVersion>() },
  transitionVersion: { method: "POST", path: `${version}/workflow`, params: ZVersionParams, body: ZTransitionInput, response: responds<ArticleVersion>() },
  assignReviewer: { method: "PUT", path: `${version}/reviewer`, params: ZVersionParams, body: ZAssignReviewerInput, response: responds<ArticleVersion>() },
  restoreRevision: { method: "POST", path: `${version}/restore`, params: ZVersionParams, body: ZRestoreRevisionInput, response: responds<ArticleVersion>() },
  getRevision: { method: "GET", path: `${version}/revisions/:number`, params: ZRevisionParams, query: ZNoParams, response: responds<RevisionText>() },
  listComments: { method: "GET", path: `${version}/comments`, params: ZVersionParams, query: ZNoParams, response: responds<ReviewComment[]>() },
  addComment: { method: "POST", path: `${version}/comments`, params: ZVersionParams, body: ZNewComment, response: responds<ReviewComment>() },
  resolveComment: { method: "PUT", path: `${version}/comments/:commentId`, params: ZCommentParams, body: ZResolveComment, response: responds<ReviewComment>() },
  heartbeat: { method: "POST", path: `${version}/presence`, params: ZVersionParams, body: ZNoBody, response: responds<{ others: PresentUser[] }>() },
  leaveVersion: { method: "DELETE", path: `${version}/presence`, params: ZVersionParams, body: ZNoBody, response: responds<Ok>() },
  searchMentions: { method: "GET", path: "/api/mentions", params: ZNoParams, query: ZMentionQuery, response: responds<{ results: Mentionable[] }>() },

  // Translation. The page reloads after "mark as up to date", so the answer's staleness is all it names.
  requestTranslations: { method: "PUT", path: "/api/articles/:id/translations", params: ZRecordParams, body: ZTranslationRequest, response: responds<Ok>() },
  markUpToDate: { method: "POST", path: `${version}/up-to-date`, params: ZVersionParams, body: ZMarkUpToDateInput, response: responds<{ staleness: Staleness }>() },
  exportXliff: { method: "GET", path: `${version}/xliff`, params: ZVersionParams, file: true },
  importXliff: { method: "POST", path: `${version}/xliff`, params: ZVersionParams, file: true, response: responds<{ revision: number }>() },
  saveLabelTranslation: { method: "PUT", path: "/api/label-translations", params: ZNoParams, body: ZSaveLabelTranslation, response: responds<{ translation: string }>() },
  markLabelUpToDate: { method: "POST", path: "/api/label-translations/up-to-date", params: ZNoParams, body: ZMarkLabelUpToDate, response: responds<Ok>() },
  translatePersonBio: { method: "PUT", path: "/api/people/:id/bio/:locale", params: ZVersionParams, body: ZBioTranslationSave, response: responds<{ translation: string }>() },
  translateCaseEvent: {
    method: "PUT",
    path: "/api/case-events/:eventId/:locale",
    params: ZEventParams,
    body: ZEventTranslationSave,
    response: responds<{ translation: string }>(),
  },

  // The registry.
  createPerson: { method: "POST", path: "/api/people", params: ZNoParams, body: ZPersonInput, response: responds<Versioned<PersonWithInternal>>() },
  updatePerson: { method: "PUT", path: "/api/people/:id", params: ZRecordParams, body: ZPersonSave, response: responds<Versioned<PersonWithInternal>>() },
  deletePerson: { method: "DELETE", path: "/api/people/:id", params: ZRecordParams, body: ZNoBody, response: responds<Ok>() },
  previewPersonMerge: { method: "GET", path: "/api/people/:id/merge", params: ZRecordParams, query: ZPersonMergePreviewQuery, response: responds<{ exposed: ExposedItem[] }>() },
  mergePersons: { method: "POST", path: "/api/people/:id/merge", params: ZRecordParams, body: ZPersonMergeInput, response: responds<Versioned<PersonWithInternal>>() },
  createCase: { method: "POST", path: "/api/cases", params: ZNoParams, body: ZCaseForm, response: responds<Versioned<Case>>() },
  updateCase: { method: "PUT", path: "/api/cases/:id", params: ZRecordParams, body: ZCaseSave, response: responds<Versioned<Case>>() },
  deleteCase: { method: "DELETE", path: "/api/cases/:id", params: ZRecordParams, body: ZNoBody, response: responds<Ok>() },
  createOrganisation: { method: "POST", path: "/api/organisations", params: ZNoParams, body: ZOrganisationInput, response: responds<Versioned<Organisation>>() },
  updateOrganisation: { method: "PUT", path: "/api/organisations/:id", params: ZRecordParams, body: ZOrganisationSave, response: responds<Versioned<Organisation>>() },
  deleteOrganisation: { method: "DELETE", path: "/api/organisations/:id", params: ZRecordParams, body: ZNoBody, response: responds<Ok>() },
  createProtection: { method: "POST", path: "/api/protections", params: ZNoParams, body: ZProtectionInput, response: responds<Protection>() },
  updateProtection: { method: "PUT", path: "/api/protections/:id", params: ZRecordParams, body: ZProtectionSave, response: responds<Protection>() },
  deleteProtection: { method: "DELETE", path: "/api/protections/:id", params: ZRecordParams, body: ZNoBody, response: responds<Ok>() },

  // The media library.
  listMedia: { method: "GET", path: "/api/media", params: ZNoParams, query: ZMediaListQuery, response: responds<MediaAssetSummary[]>() },
  uploadMedia: { method: "POST", path: "/api/media", params: ZNoParams, file: true, response: responds<MediaAssetSummary>() },
  embedVideo: { method: "POST", path: "/api/media/embed", params: ZNoParams, body: ZVideoEmbedInput, response: responds<MediaAssetSummary>() },
  mediaPreview: { method: "GET", path: "/api/media/:id/preview", params: ZRecordParams, query: ZMediaPreviewQuery, file: true },
  updateMedia: { method: "PUT", path: "/api/media/:id", params: ZRecordParams, body: ZMediaMetadataPatch, response: responds<MediaAssetSummary>() },
  deleteMedia: { method: "DELETE", path: "/api/media/:id", params: ZRecordParams, body: ZNoBody, response: responds<Ok>() },
  publishMediaTexts: { method: "POST", path: "/api/media/:id/pending/:locale", params: ZVersionParams, body: ZNoBody, response: responds<MediaAssetSummary>() },
  discardMediaTexts: { method: "DELETE", path: "/api/media/:id/pending/:locale", params: ZVersionParams, body: ZNoBody, response: responds<MediaAssetSummary>() },

  // Administration.
  createUser: { method: "POST", path: "/api/users", params: ZNoParams, body: ZNewUser, response: responds<User>() },
  setUserRole: { method: "PUT", path: "/api/users/:id/role", params: ZRecordParams, body: ZRoleChangeInput, response: responds<User>() },
  resetPassword: { method: "PUT", path: "/api/users/:id/password", params: ZRecordParams, body: ZPasswordReset, response: responds<Ok>() },
  setUserStatus: { method: "PUT", path: "/api/users/:id/status", params: ZRecordParams, body: ZAccountStatusChange, response: responds<ManagedUser>() },

  // One's own account.
  changeOwnPassword: { method: "PUT", path: "/api/account/password", params: ZNoParams, body: ZPasswordChange, response: responds<Ok>() },
} as const satisfies Record<string, JsonEndpoint | FileEndpoint>;

export type Endpoints = typeof endpoints;
export type EndpointName = keyof Endpoints;
/** The routes the browser calls with a JSON body or query and reads a JSON answer from. */
export type JsonEndpointName = { [K in EndpointName]: Endpoints[K] extends { file: true } ? never : K }[EndpointName];

/** What a value becomes on its way through JSON: dates arrive as strings. */
export type Json<T> = T extends Date ? string : T extends readonly (infer U)[] ? Json<U>[] : T extends object ? { [K in keyof T]: Json<T[K]> } : T;

export type AnswerOf<E> = E extends { response: Responds<infer T> } ? T : never;

/** An address of a route, its `:name` segments filled from the params (encoded) and the query appended. */
export function pathOf(endpoint: { path: string }, params: object = {}, query: object = {}): string {
  const values = new Map(Object.entries(params));
  const path = endpoint.path.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(String(values.get(name))));
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) if (value !== undefined && value !== null) search.set(name, String(value));
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}
