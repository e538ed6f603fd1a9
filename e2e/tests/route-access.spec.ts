import { readdirSync, readFileSync } from "node:fs";
import { join, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { type APIRequestContext, type APIResponse, expect, request, test } from "./fixtures";
import { ACCESS_TABLE, type AccessRow, CALLERS, type Caller, type Outcome, SAMPLE_NAMES, type SampleName } from "./route-access";
import { type DemoRole, demoLogin, EDITOR_URL, uniqueTitle } from "./support";

const APP_DIR = fileURLToPath(new URL("../../apps/editor/src/app", import.meta.url));
const photo = readFileSync(fileURLToPath(new URL("../fixtures/courthouse.png", import.meta.url)));

const METHODS = "GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS";
/** `export const PUT = …`, `export async function GET`, and `export { handler as GET }`. */
const EXPORTED_METHOD = new RegExp(`export\\s+(?:const|(?:async\\s+)?function)\\s+(${METHODS})\\b|\\bas\\s+(${METHODS})\\b`, "g");

/** "METHOD /route" for every exported handler of a route.ts and "GET /route" for every page.tsx, route groups left out. */
function routesOnDisk(): string[] {
  const routes: string[] = [];
  for (const file of readdirSync(APP_DIR, { recursive: true, encoding: "utf8" })) {
    const folders = file.split(sep);
    const name = folders.pop();
    if (name !== "route.ts" && name !== "page.tsx") continue;
    const route = `/${folders.filter((folder) => !/^\(.+\)$/.test(folder)).join("/")}`;
    if (name === "page.tsx") routes.push(`GET ${route}`);
    else for (const match of readFileSync(join(APP_DIR, file), "utf8").matchAll(EXPORTED_METHOD)) routes.push(`${match[1] ?? match[2]} ${route}`);
  }
  return routes.sort();
}

/** Whether a row's address is one of its route's: same static segments, a value for each dynamic one. */
function pathFitsRoute(row: AccessRow): boolean {
  const routeSegments = (row.route.split(" ")[1] ?? "").split("/");
  const pathSegments = (row.path.split("?")[0] ?? "").split("/");
  if (routeSegments.at(-1)?.startsWith("[...")) return pathSegments.length >= routeSegments.length && routeSegments.slice(0, -1).every((segment, i) => fits(segment, pathSegments[i]));
  return routeSegments.length === pathSegments.length && routeSegments.every((segment, i) => fits(segment, pathSegments[i]));
}
const fits = (routeSegment: string, pathSegment: string | undefined) =>
  routeSegment.startsWith("[") ? pathSegment !== undefined && pathSegment !== "" && !pathSegment.includes("[") : routeSegment === pathSegment;

test("every route file and method of the editor has a row, and every row a route", () => {
  const onDisk = routesOnDisk();
  const inTable = new Set(ACCESS_TABLE.map((row) => row.route));
  expect(onDisk.length, "the glob found the routes").toBeGreaterThan(50);
  expect(onDisk.filter((route) => !inTable.has(route)), "routes without a row in route-access.ts").toEqual([]);
  expect([...inTable].filter((route) => !onDisk.includes(route)), "rows whose route is gone").toEqual([]);
  expect(ACCESS_TABLE.filter((row) => !pathFitsRoute(row)).map((row) => `${row.route} ← ${row.path}`), "rows whose path is not their route's").toEqual([]);
});

const STATE_CHANGING = new Set(["POST", "PUT", "PATCH", "DELETE"]);
/** What the editor's own pages send, which the API's CSRF check asks of every state-changing request. */
const sameOrigin = { origin: EDITOR_URL, "content-type": "application/json" };

/** A session of a demo user, signed in through next-auth's credentials endpoint as the login form does. */
async function signedInContext(role: DemoRole): Promise<APIRequestContext> {
  const context = await request.newContext({ baseURL: EDITOR_URL });
  const { csrfToken } = (await (await context.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const signIn = await context.post("/api/auth/callback/credentials", { form: { csrfToken, ...demoLogin(role), json: "true" }, maxRedirects: 0 });
  expect(signIn.status(), `${role} signs in`).toBeLessThan(400);
  const session = (await (await context.get("/api/auth/session")).json()) as { user?: { role?: string } };
  expect(session.user?.role, `${role}'s session`).toBe(role);
  return context;
}

async function send(context: APIRequestContext, method: string, path: string, data?: unknown): Promise<APIResponse> {
  const headers = STATE_CHANGING.has(method) ? sameOrigin : undefined;
  return context.fetch(path, { method, headers, data: data === undefined ? undefined : JSON.stringify(data), maxRedirects: 0 });
}

/** Sends a setup request as the editor and gives its JSON, failing at once if it did not succeed. */
async function created<T>(response: Promise<APIResponse>, what: string): Promise<T> {
  const answer = await response;
  expect(answer.ok(), `${what}: ${answer.status()} ${await answer.text()}`).toBe(true);
  return (await answer.json()) as T;
}

/** The records the table's addresses name, all made here: the editor's, so a translator is never their author. */
async function createSamples(editor: APIRequestContext, translator: APIRequestContext): Promise<Record<SampleName, string>> {
  const article = async (title: string) => (await created<{ id: string }>(send(editor, "POST", "/api/articles", { title: uniqueTitle(title) }), "article")).id;
  const articleId = await article("Route access");
  const doc = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Текст" }] }] };
  await created(send(editor, "PUT", `/api/articles/${articleId}/versions/ru`, { title: "Доступ", summary: "", body: doc, baseRevision: 0 }), "Russian version");
  const comment = await created<{ id: string }>(
    send(editor, "POST", `/api/articles/${articleId}/versions/en/comments`, { quote: "Route", anchorFrom: 1, anchorTo: 6, body: "Check the date" }),
    "comment",
  );
  const person = async (name: string) => (await created<{ id: string }>(send(editor, "POST", "/api/people", { name: uniqueTitle(name) }), "person")).id;
  const personId = await person("Access Sample");
  const caseInput = (title: string) => ({
    case: { title: { en: uniqueTitle(title) }, kind: "detention", timeline: [{ date: "2024-03-01", kind: "arrest", description: { en: "Arrested at the border." } }] },
  });
  const caseId = (await created<{ id: string }>(send(editor, "POST", "/api/cases", caseInput("Access case")), "case")).id;
  // Event ids reach the editor only in the translator's case page, where each event has a translation form
  // (named in the page's data by the save it makes: the endpoint translateCaseEvent with the event and the language).
  const casePage = await (await translator.get(`/cases/${caseId}`)).text();
  const event = /translateCaseEvent\\?",\\?"params\\?":\{\\?"eventId\\?":\\?"([^"\\]+)\\?",\\?"locale\\?":\\?"ru/.exec(casePage)?.[1];
  expect(event, "the case page offers its event for translation").toBeTruthy();
  const protection = async () =>
    (await created<{ id: string }>(send(editor, "POST", "/api/protections", { personId, type: "asylum", grantingState: "FR", status: "granted" }), "protection")).id;
  const organisation = async (name: string) => (await created<{ id: string }>(send(editor, "POST", "/api/organisations", { name: uniqueTitle(name), kind: "ngo" }), "organisation")).id;
  const image = await created<{ id: string }>(
    editor.post("/api/media", { headers: { origin: EDITOR_URL }, multipart: { file: { name: "courthouse.png", mimeType: "image/png", buffer: photo } } }),
    "image",
  );
  const video = await created<{ id: string }>(send(editor, "POST", "/api/media/embed", { url: "https://www.youtube.com/watch?v=dQw4w9WgXcQ" }), "video");
  const translatorSession = (await (await translator.get("/api/auth/session")).json()) as { user: { id: string } };
  return {
    article: articleId,
    doomedArticle: await article("Route access, to delete"),
    comment: comment.id,
    person: personId,
    duplicate: await person("Access Duplicate"),
    doomedPerson: await person("Access To Delete"),
    case: caseId,
    event: event ?? "",
    doomedCase: (await created<{ id: string }>(send(editor, "POST", "/api/cases", caseInput("Access case to delete")), "case")).id,
    organisation: await organisation("Access Watch"),
    doomedOrganisation: await organisation("Access Watch to delete"),
    protection: await protection(),
    doomedProtection: await protection(),
    image: image.id,
    doomedVideo: video.id,
    translatorUser: translatorSession.user.id,
  };
}

function fill(path: string, samples: Record<SampleName, string>): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const sample = SAMPLE_NAMES.find((known) => known === name);
    if (!sample) throw new Error(`No sample named ${name} in ${path}`);
    return encodeURIComponent(samples[sample]);
  });
}

/** How an answer differs from the expected outcome, or null when it matches. */
async function mismatch(response: APIResponse, expected: Outcome): Promise<string | null> {
  const status = response.status();
  const got = `${status}${status >= 300 && status < 400 ? ` → ${response.headers().location}` : ""}`;
  if (typeof expected === "number") return status === expected ? null : `expected ${expected}, got ${got}`;
  if (expected === "allowed") return status !== 401 && status !== 403 && status < 500 ? null : `expected to get past the permission check, got ${got}`;
  if (expected === "refusal") {
    const refused = status === 200 && (await response.text()).includes('class="alert error"');
    return refused ? null : `expected a page refusing the role, got ${got}`;
  }
  const location = response.headers().location;
  const target = location ? new URL(location, EDITOR_URL).pathname : null;
  return status >= 300 && status < 400 && target === expected.redirect ? null : `expected a redirect to ${expected.redirect}, got ${got}`;
}

test("every role gets what the rules say at every route of the editor", async () => {
  test.setTimeout(300_000);
  const contexts: Record<Caller, APIRequestContext> = {
    anonymous: await request.newContext({ baseURL: EDITOR_URL }),
    translator: await signedInContext("translator"),
    editor: await signedInContext("editor"),
    admin: await signedInContext("admin"),
  };
  const samples = await createSamples(contexts.editor, contexts.translator);
  const mismatches: string[] = [];
  // Rows in order, callers from the least to the most allowed: a deletion is refused before it is done.
  for (const row of ACCESS_TABLE) {
    const [method = "GET"] = row.route.split(" ");
    const path = fill(row.path, samples);
    for (const caller of CALLERS) {
      const problem = await mismatch(await send(contexts[caller], method, path, row.body), row.expect[caller]);
      if (problem) mismatches.push(`${caller} ${method} ${row.path} (${row.rule}): ${problem}`);
    }
  }
  for (const context of Object.values(contexts)) await context.dispose();
  expect(mismatches, "answers that disagree with the rules in route-access.ts").toEqual([]);
});
