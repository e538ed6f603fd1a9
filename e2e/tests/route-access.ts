/**
 * The permission review as data: every route handler and page of the editor, and what each kind of caller
 * gets there. Expectations come from the rules (README, packages/domain/src/role.ts, review-comment.ts,
 * workflow.ts), not from what the app answers. route-access.spec.ts runs every row against the built editor
 * and fails for a route file or exported method without a row, and for a row whose route is gone.
 */

export const CALLERS = ["anonymous", "translator", "editor", "admin"] as const;
export type Caller = (typeof CALLERS)[number];

/**
 * What a caller gets: an exact status; "allowed", past the permission check (neither 401 nor 403, nor a
 * server error) where the status depends on the body sent; "refusal", a page that says the role may not
 * (200 with an error alert); or a redirect to a path.
 */
export type Outcome = number | "allowed" | "refusal" | { redirect: string };

/** Records the spec creates before it runs the table; `{name}` in a path stands for one's id. */
export const SAMPLE_NAMES = [
  "article",
  "doomedArticle",
  "comment",
  "person",
  "duplicate",
  "doomedPerson",
  "case",
  "event",
  "doomedCase",
  "organisation",
  "doomedOrganisation",
  "protection",
  "doomedProtection",
  "image",
  "doomedVideo",
  "translatorUser",
] as const;
export type SampleName = (typeof SAMPLE_NAMES)[number];

export type AccessRow = {
  /** Method and route as its folders name it, route groups left out: "PUT /api/articles/[id]/tags". */
  route: string;
  /** A concrete address of the route, with `{sample}` ids. */
  path: string;
  /** The rule the expectations follow (an action of role.ts, or why everyone may). */
  rule: string;
  /** Sent as JSON when the rule depends on what is asked (a transition, a language in a patch). */
  body?: unknown;
  expect: Record<Caller, Outcome>;
};

const LOGIN = { redirect: "/login" };

/** Any signed-in user (reading, or the data layer decides from the record). */
const signedIn = (status: number | "allowed"): Record<Caller, Outcome> => ({ anonymous: 401, translator: status, editor: status, admin: status });
const editorsOnly: Record<Caller, Outcome> = { anonymous: 401, translator: 403, editor: "allowed", admin: "allowed" };
const adminsOnly: Record<Caller, Outcome> = { anonymous: 401, translator: 403, editor: 403, admin: "allowed" };
const everyPage: Record<Caller, Outcome> = { anonymous: LOGIN, translator: 200, editor: 200, admin: 200 };
const editorsPage: Record<Caller, Outcome> = { ...everyPage, translator: "refusal" };
const adminsPage: Record<Caller, Outcome> = { anonymous: LOGIN, translator: 404, editor: 404, admin: 200 };

/** Translators may in every language but the source (English): one row for each side of that line. */
function perLanguage(route: string, path: string, rule: string, body?: unknown): AccessRow[] {
  return [
    { route, path: path.replace("[locale]", "en"), rule: `${rule} (source language)`, body, expect: editorsOnly },
    { route, path: path.replace("[locale]", "ru"), rule: `${rule} (translation)`, body, expect: signedIn("allowed") },
  ];
}

const version = "/api/articles/{article}/versions/[locale]";

export const ACCESS_TABLE: AccessRow[] = [
  // Articles
  { route: "POST /api/articles", path: "/api/articles", rule: "article.create", expect: editorsOnly },
  { route: "DELETE /api/articles/[id]", path: "/api/articles/{doomedArticle}", rule: "article.delete", expect: editorsOnly },
  { route: "PUT /api/articles/[id]/slug", path: "/api/articles/{article}/slug", rule: "article.slug", expect: editorsOnly },
  { route: "PUT /api/articles/[id]/tags", path: "/api/articles/{article}/tags", rule: "article.tag", expect: editorsOnly },
  { route: "PUT /api/articles/[id]/registry-links", path: "/api/articles/{article}/registry-links", rule: "article.tag", expect: editorsOnly },
  { route: "PUT /api/articles/[id]/translations", path: "/api/articles/{article}/translations", rule: "translation.request", expect: editorsOnly },
  { route: "GET /api/articles/[id]/suggestions", path: "/api/articles/{article}/suggestions", rule: "every signed-in user reads", expect: signedIn(200) },

  // Language versions
  ...perLanguage("PUT /api/articles/[id]/versions/[locale]", version, "version.edit"),
  ...perLanguage("POST /api/articles/[id]/versions/[locale]/restore", `${version}/restore`, "version.edit"),
  ...perLanguage("PUT /api/articles/[id]/versions/[locale]/reviewer", `${version}/reviewer`, "version.edit"),
  ...perLanguage("POST /api/articles/[id]/versions/[locale]/up-to-date", `${version}/up-to-date`, "version.edit"),
  ...perLanguage("POST /api/articles/[id]/versions/[locale]/presence", `${version}/presence`, "version.edit: only who may edit announces themselves"),
  ...perLanguage("POST /api/articles/[id]/versions/[locale]/xliff", `${version}/xliff`, "version.edit: an import is a new revision"),
  {
    route: "DELETE /api/articles/[id]/versions/[locale]/presence",
    path: "/api/articles/{article}/versions/en/presence",
    rule: "leaving takes away only one's own presence",
    expect: signedIn(200),
  },
  { route: "GET /api/articles/[id]/versions/[locale]/xliff", path: "/api/articles/{article}/versions/ru/xliff", rule: "every signed-in user reads", expect: signedIn(200) },
  {
    route: "GET /api/articles/[id]/versions/[locale]/revisions/[number]",
    path: "/api/articles/{article}/versions/en/revisions/1",
    rule: "every signed-in user reads",
    expect: signedIn(200),
  },
  ...["en", "ru"].map(
    (locale): AccessRow => ({
      route: "POST /api/articles/[id]/versions/[locale]/workflow",
      path: `/api/articles/{article}/versions/${locale}/workflow`,
      rule: "version.publish: translators never publish",
      body: { transition: "publish" },
      expect: editorsOnly,
    }),
  ),
  {
    route: "POST /api/articles/[id]/versions/[locale]/workflow",
    path: "/api/articles/{article}/versions/ru/workflow",
    rule: "translators submit translations for review",
    body: { transition: "submit" },
    expect: signedIn("allowed"),
  },

  // Review comments: every signed-in user may comment; the author, editors and admins resolve (the sample is the editor's)
  { route: "GET /api/articles/[id]/versions/[locale]/comments", path: "/api/articles/{article}/versions/en/comments", rule: "every signed-in user reads", expect: signedIn(200) },
  { route: "POST /api/articles/[id]/versions/[locale]/comments", path: "/api/articles/{article}/versions/en/comments", rule: "comment.add", expect: signedIn("allowed") },
  {
    route: "PUT /api/articles/[id]/versions/[locale]/comments/[commentId]",
    path: "/api/articles/{article}/versions/en/comments/{comment}",
    rule: "comment.resolve: the author, editors and admins",
    body: { resolved: true },
    expect: editorsOnly,
  },

  // Registry
  { route: "POST /api/people", path: "/api/people", rule: "registry.edit", expect: editorsOnly },
  { route: "PUT /api/people/[id]", path: "/api/people/{person}", rule: "registry.edit", expect: editorsOnly },
  { route: "DELETE /api/people/[id]", path: "/api/people/{doomedPerson}", rule: "registry.edit", expect: editorsOnly },
  { route: "GET /api/people/[id]/merge", path: "/api/people/{person}/merge?duplicateId={duplicate}", rule: "registry.edit", expect: editorsOnly },
  { route: "POST /api/people/[id]/merge", path: "/api/people/{person}/merge", rule: "registry.edit", expect: editorsOnly },
  ...perLanguage("PUT /api/people/[id]/bio/[locale]", "/api/people/{person}/bio/[locale]", "registry.translate"),
  { route: "POST /api/cases", path: "/api/cases", rule: "registry.edit", expect: editorsOnly },
  { route: "PUT /api/cases/[id]", path: "/api/cases/{case}", rule: "registry.edit", expect: editorsOnly },
  { route: "DELETE /api/cases/[id]", path: "/api/cases/{doomedCase}", rule: "registry.edit", expect: editorsOnly },
  ...perLanguage("PUT /api/case-events/[eventId]/[locale]", "/api/case-events/{event}/[locale]", "registry.translate"),
  { route: "POST /api/protections", path: "/api/protections", rule: "registry.edit", expect: editorsOnly },
  { route: "PUT /api/protections/[id]", path: "/api/protections/{protection}", rule: "registry.edit", expect: editorsOnly },
  { route: "DELETE /api/protections/[id]", path: "/api/protections/{doomedProtection}", rule: "registry.edit", expect: editorsOnly },
  { route: "POST /api/organisations", path: "/api/organisations", rule: "registry.edit", expect: editorsOnly },
  { route: "PUT /api/organisations/[id]", path: "/api/organisations/{organisation}", rule: "registry.edit", expect: editorsOnly },
  { route: "DELETE /api/organisations/[id]", path: "/api/organisations/{doomedOrganisation}", rule: "registry.edit", expect: editorsOnly },
  // The language is in the body, and the schema takes translation languages only, which every role may write.
  { route: "PUT /api/label-translations", path: "/api/label-translations", rule: "registry.translate, a translation language", expect: signedIn("allowed") },
  { route: "POST /api/label-translations/up-to-date", path: "/api/label-translations/up-to-date", rule: "registry.translate, a translation language", expect: signedIn("allowed") },
  { route: "GET /api/mentions", path: "/api/mentions?q=abl", rule: "every signed-in user reads", expect: signedIn(200) },

  // Media
  { route: "GET /api/media", path: "/api/media", rule: "every signed-in user reads", expect: signedIn(200) },
  { route: "POST /api/media", path: "/api/media", rule: "media.manage", expect: editorsOnly },
  { route: "POST /api/media/embed", path: "/api/media/embed", rule: "media.manage", expect: editorsOnly },
  { route: "GET /api/media/[id]/preview", path: "/api/media/{image}/preview", rule: "every signed-in user reads", expect: signedIn(200) },
  { route: "DELETE /api/media/[id]", path: "/api/media/{doomedVideo}", rule: "media.manage", expect: editorsOnly },
  { route: "PUT /api/media/[id]", path: "/api/media/{image}", rule: "media.describe (source language)", body: { alt: { en: "A courthouse" } }, expect: editorsOnly },
  { route: "PUT /api/media/[id]", path: "/api/media/{image}", rule: "media.describe (translation)", body: { alt: { ru: "Здание суда" } }, expect: signedIn(200) },
  { route: "PUT /api/media/[id]", path: "/api/media/{image}", rule: "media.manage: the credit", body: { credit: "Newsroom" }, expect: editorsOnly },
  // Nothing waits on the test's image: editors get past the check to a 404, which counts as allowed.
  { route: "POST /api/media/[id]/pending/[locale]", path: "/api/media/{image}/pending/ru", rule: "version.publish", expect: editorsOnly },
  { route: "DELETE /api/media/[id]/pending/[locale]", path: "/api/media/{image}/pending/ru", rule: "version.publish", expect: editorsOnly },

  // Users and sessions
  { route: "PUT /api/users/[id]/role", path: "/api/users/{translatorUser}/role", rule: "user.manage", expect: adminsOnly },
  // Without a body: an admin gets past the check to a 400, and the translator keeps their password and access.
  { route: "PUT /api/users/[id]/password", path: "/api/users/{translatorUser}/password", rule: "user.manage", expect: adminsOnly },
  { route: "PUT /api/users/[id]/status", path: "/api/users/{translatorUser}/status", rule: "user.manage", expect: adminsOnly },
  // Sent without a body: an admin gets past the check to a 400, and no account is added.
  { route: "POST /api/users", path: "/api/users", rule: "user.manage", expect: adminsOnly },
  // Without a body too: a change would end the demo account's sessions, which the table's other rows still use.
  { route: "PUT /api/account/password", path: "/api/account/password", rule: "everyone changes their own password", expect: signedIn("allowed") },
  { route: "GET /api/auth/[...nextauth]", path: "/api/auth/session", rule: "signing in is for everyone", expect: { anonymous: 200, translator: 200, editor: 200, admin: 200 } },
  {
    route: "POST /api/auth/[...nextauth]",
    path: "/api/auth/callback/credentials",
    rule: "signing in is for everyone",
    // next-auth parses a JSON body whatever its length: an empty one would be its 500, not an answer about access.
    body: {},
    expect: { anonymous: "allowed", translator: "allowed", editor: "allowed", admin: "allowed" },
  },

  // Pages: every page needs a session; what a role may not do is refused on the page or, for admins' pages, a 404
  { route: "GET /login", path: "/login", rule: "a signed-in user is sent to the articles", expect: { anonymous: 200, translator: { redirect: "/" }, editor: { redirect: "/" }, admin: { redirect: "/" } } },
  { route: "GET /", path: "/", rule: "every signed-in user reads", expect: everyPage },
  { route: "GET /dashboard", path: "/dashboard", rule: "every signed-in user reads", expect: everyPage },
  { route: "GET /dashboard/[queue]", path: "/dashboard/drafts", rule: "every signed-in user reads their own drafts", expect: everyPage },
  { route: "GET /dashboard/[queue]", path: "/dashboard/publish", rule: "version.publish: others' changes to publish", expect: editorsPage },
  { route: "GET /articles/new", path: "/articles/new", rule: "article.create", expect: editorsPage },
  { route: "GET /articles/[id]/[locale]", path: "/articles/{article}/en", rule: "every signed-in user reads", expect: everyPage },
  { route: "GET /articles/[id]/[locale]/history", path: "/articles/{article}/en/history", rule: "every signed-in user reads", expect: everyPage },
  { route: "GET /translations", path: "/translations", rule: "every signed-in user reads", expect: everyPage },
  { route: "GET /translations/labels/[locale]", path: "/translations/labels/ru", rule: "every signed-in user reads", expect: everyPage },
  { route: "GET /people", path: "/people", rule: "every signed-in user reads", expect: everyPage },
  { route: "GET /people/new", path: "/people/new", rule: "registry.edit", expect: editorsPage },
  { route: "GET /people/[id]", path: "/people/{person}", rule: "every signed-in user reads; translators translate the bio", expect: everyPage },
  { route: "GET /cases", path: "/cases", rule: "every signed-in user reads", expect: everyPage },
  { route: "GET /cases/new", path: "/cases/new", rule: "registry.edit", expect: editorsPage },
  { route: "GET /cases/[id]", path: "/cases/{case}", rule: "every signed-in user reads; translators translate the timeline", expect: everyPage },
  { route: "GET /organisations", path: "/organisations", rule: "every signed-in user reads", expect: everyPage },
  { route: "GET /organisations/[id]", path: "/organisations/{organisation}", rule: "registry.edit: the page is the form", expect: editorsPage },
  { route: "GET /media", path: "/media", rule: "every signed-in user reads; translators describe media", expect: everyPage },
  { route: "GET /users", path: "/users", rule: "user.manage", expect: adminsPage },
  { route: "GET /account", path: "/account", rule: "everyone manages their own password", expect: everyPage },
  { route: "GET /audit", path: "/audit", rule: "audit.read", expect: adminsPage },
];
