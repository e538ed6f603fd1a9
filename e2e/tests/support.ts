import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type Browser, type BrowserContext, type Cookie, expect, type Locator, type Page } from "@playwright/test";
import { LIST_PAGE_SIZE } from "@rightsdesk/domain";
import demoUsers from "../../prisma/demo-users.json" with { type: "json" };
import { EDITOR_URL } from "../ports";

export { EDITOR_URL, WEB_URL } from "../ports";

export type DemoRole = "admin" | "editor" | "translator";

export function demoLogin(role: DemoRole) {
  const user = demoUsers.users.find((u) => u.role === role);
  if (!user) throw new Error(`No demo user with role ${role}`);
  return { email: user.email, password: demoUsers.password };
}

export type Login = { email: string; password: string };

/** Signs in through the login form as a person does, and waits for the articles. */
export async function signInWith(page: Page, { email, password }: Login) {
  await page.goto(`${EDITOR_URL}/login`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  // The first sign-in after the server starts hashes the password and renders the list: slow on a busy machine.
  await expect(page.getByRole("heading", { name: "Articles" })).toBeVisible({ timeout: 30_000 });
}

/** Someone else at a browser of their own, signed in: the context is the test's to close. */
export async function signedInElsewhere(browser: Browser, login: Login): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInWith(page, login);
  return { context, page };
}

/**
 * Sessions this worker process has opened, by role. Signing in hashes a password (a second or more of the
 * server's CPU), so a test whose subject is not signing in carries on an earlier session of the same role.
 */
const openSessions = new Map<DemoRole, Cookie[]>();

/** Signs in as the demo user of that role, reusing this worker's session of that role while it is still valid. */
export async function signIn(page: Page, role: DemoRole) {
  const cookies = openSessions.get(role);
  if (cookies) {
    await page.context().addCookies(cookies);
    await page.goto(`${EDITOR_URL}/`);
    // A session that has ended (its user signed out or changed) is sent to the sign-in page: sign in afresh.
    if (!new URL(page.url()).pathname.startsWith("/login")) {
      await expect(page.getByRole("heading", { name: "Articles" })).toBeVisible();
      return;
    }
    await page.context().clearCookies();
  }
  await signInWith(page, demoLogin(role));
  openSessions.set(role, await page.context().cookies(EDITOR_URL));
}

/**
 * Runs `work` on every item, as many at once as there are lanes, each lane with a resource of its own (a tab, or a
 * request context): for the long walks over many pages, whose steps mostly wait on a server or for a page to settle.
 */
export async function eachAtOnce<T, R, L>(items: readonly T[], lanes: readonly L[], work: (item: T, lane: L) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  const queue = items.entries();
  await Promise.all(
    lanes.map(async (lane) => {
      for (const [index, item] of queue) results[index] = await work(item, lane);
    }),
  );
  return results;
}

/** `count` more tabs of the page's browser (its cookies, its init scripts), as lanes for `eachAtOnce`; the caller closes them. */
export function moreTabs(page: Page, count: number): Promise<Page[]> {
  return Promise.all(Array.from({ length: count }, () => page.context().newPage()));
}

/** A title no other test run uses, so tests never see each other's articles. */
export const uniqueTitle = (prefix: string) => `${prefix} ${Date.now().toString(36)}`;

export async function createArticle(page: Page, title: string, summary = "") {
  await page.goto(`${EDITOR_URL}/articles/new`);
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Summary").fill(summary);
  await page.getByRole("button", { name: "Create article" }).click();
  await expect(page.getByRole("textbox", { name: "Body" })).toBeVisible();
  return page.url();
}

/** Wholly on the screen the page opens on: no scrolling needed to see or reach it. */
export async function expectOnFirstScreen(page: Page, control: Locator) {
  await expect(control).toBeVisible();
  const box = await control.boundingBox();
  const screen = page.viewportSize();
  expect(box && screen, "the control and the window have a size").toBeTruthy();
  if (!box || !screen) return;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(screen.width);
  expect(box.y + box.height).toBeLessThanOrEqual(screen.height);
}

export const saveState = (page: Page) => page.getByRole("status").filter({ hasText: /saved|Saving|Not saved|Save failed|Unsaved/ });

/**
 * Tags the tests that CI runs a second time on the embedded database (PGlite), besides the whole suite on
 * PostgreSQL: the paths that lean on the database engine (concurrent saves, the scheduler, full-text search,
 * merges, uploads, the publication path). `npm test` without DATABASE_URL still runs every test there.
 */
export const EMBEDDED_DATABASE_TOO = { tag: "@embedded" };

export const SEED = {
  publishedTitle: "Open Dialog leaders meet Mukhtar Ablyazov in Paris",
  publishedSlug: "open-dialog-meets-ablyazov-in-paris",
  russianTitle: "Руководители «Открытого диалога» встретились в Париже с Мухтаром Аблязовым",
  draftSlug: "explainer-refused-extradition-requests",
};

/** The editor's searchable lists: where each is, its search form's name and the label of its words field. */
const LIST_SEARCHES = {
  articles: { path: "/", form: "Search and filter articles", field: "Search" },
  people: { path: "/people", form: "Search people", field: "Name (any spelling or script)" },
  cases: { path: "/cases", form: "Search cases", field: "Title (any language)" },
};

/**
 * Shows a record in one of the editor's lists, found by its words as a person finds an older one: other tests add
 * records (a paging test alone more than a page of each kind), so a demo record need not be on the first page.
 */
export async function findInList(page: Page, list: keyof typeof LIST_SEARCHES, words: string) {
  const { path, form, field } = LIST_SEARCHES[list];
  await page.goto(`${EDITOR_URL}${path}`);
  const search = page.getByRole("search", { name: form });
  await search.getByLabel(field).fill(words);
  await search.getByRole("button", { name: "Search" }).click();
  await expect(page.getByRole("link", { name: words }).first()).toBeVisible();
}

/** Shows the demo article with the Paris meeting in the editor's article list. */
export const findSeedArticle = (page: Page) => findInList(page, "articles", SEED.publishedTitle);

/** An email address no other test run uses, for an account of the test's own. */
export const uniqueEmail = (prefix: string) =>
  // The random part: uniqueTitle repeats within a millisecond, and an address can have only one account.
  `${uniqueTitle(prefix).replaceAll(" ", "-").toLowerCase()}-${Math.random().toString(36).slice(2, 8)}@rightsdesk.local`;

/**
 * Adds an account through the API as the admin signed in on `page`, for a test that changes a user (its role, its
 * sessions) and so must not change a demo account other tests sign in with.
 */
export async function createUserByApi(page: Page, role: DemoRole): Promise<Login & { name: string }> {
  const user = { name: uniqueTitle(`Test ${role}`), email: uniqueEmail(role), password: `${uniqueTitle("password")} long enough` };
  const response = await page.request.post(`${EDITOR_URL}/api/users`, { data: { ...user, role } });
  expect(response.status(), await response.text()).toBe(200);
  return user;
}

/** Creates an article through the API as the user signed in on `page`, for tests whose subject is not creating one. */
export async function createArticleByApi(page: Page, title: string): Promise<{ id: string; slug: string }> {
  const response = await page.request.post(`${EDITOR_URL}/api/articles`, { data: { title } });
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()) as { id: string; slug: string };
}

const photo = readFileSync(fileURLToPath(new URL("../fixtures/courthouse.png", import.meta.url)));

/** Uploads an image with its English alt text, as the editor signed in on `page`; gives the asset's id. */
export async function uploadImageByApi(page: Page, alt: string): Promise<string> {
  const uploaded = await page.request.post(`${EDITOR_URL}/api/media`, { multipart: { file: { name: "sketch.png", mimeType: "image/png", buffer: photo } } });
  expect(uploaded.status(), await uploaded.text()).toBe(201);
  const { id } = (await uploaded.json()) as { id: string };
  const described = await page.request.put(`${EDITOR_URL}/api/media/${id}`, { data: { alt: { en: alt } } });
  expect(described.status(), await described.text()).toBe(200);
  return id;
}

/** The address of the stack's own database on the PostgreSQL server, for a test that must look into it (or lock it). */
export function stackDatabaseUrl(): string {
  const { DATABASE_URL, E2E_DATABASE_NAME } = process.env;
  if (!DATABASE_URL || !E2E_DATABASE_NAME) throw new Error("The stack runs on PostgreSQL only with DATABASE_URL set.");
  const url = new URL(DATABASE_URL);
  url.pathname = `/${E2E_DATABASE_NAME}`;
  return url.toString();
}

/**
 * Moves a language version through the workflow ("publish", "archive"…) through the API, as the user signed in on `page`;
 * `details` is what some moves take besides ({ scheduledAt } to schedule).
 */
export async function moveVersion(page: Page, articleId: string, locale: string, transition: string, details: Record<string, string> = {}) {
  const response = await page.request.post(`${EDITOR_URL}/api/articles/${articleId}/versions/${locale}/workflow`, { data: { transition, ...details } });
  expect(response.status(), await response.text()).toBe(200);
}

/**
 * Creates records through the API the app's forms post to (`/api/people`, `/api/cases`…), as the user signed in on
 * `page`: one after another, since each takes the next free slug of the same name.
 */
export async function createEachByApi(page: Page, path: string, records: readonly object[]) {
  for (const data of records) {
    const response = await page.request.post(`${EDITOR_URL}${path}`, { data });
    expect(response.status(), await response.text()).toBe(200);
  }
}

/** `count` names under one prefix, numbered so that A–Z order is their order ("… 00", "… 01"…). */
export const numberedNames = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => `${prefix} ${String(i).padStart(2, "0")}`);

/** A word in Cyrillic letters no other test run uses, for a title in a script other than the Latin one. */
export function uniqueCyrillicWord(): string {
  const letters = "абвгдежзиклмнопрстуфхцчшщэюяґєіїйыёь";
  const latin = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  return Array.from(latin, (ch) => letters[parseInt(ch, 36)] ?? "а").join("");
}

/**
 * Pages through a list paged by position (the "Next page →" of the navigation named `pager`) from its first page,
 * already searched, to its last: the table's links starting with `prefix` must be `names` in all, a full page at a
 * time, nothing repeated or skipped; every page's address keeps `kept` (the search and filters), a page opened
 * afresh from its address shows the same rows, and the last page has no "Next page →". Then "Back to the start".
 */
export async function expectPagedList(page: Page, { pager, prefix, names, kept }: { pager: string; prefix: string; names: readonly string[]; kept: Record<string, string> }) {
  const nav = page.getByRole("navigation", { name: pager });
  const next = nav.getByRole("link", { name: "Next page →" });
  const links = page.getByRole("table").getByRole("link", { name: prefix });
  const keeps = (url: URL) => Object.entries(kept).every(([name, value]) => url.searchParams.get(name) === value);
  const pages = Math.ceil(names.length / LIST_PAGE_SIZE);
  const seen: string[] = [];
  for (let i = 0; i < pages; i++) {
    const last = i === pages - 1;
    await expect(page).toHaveURL((url) => keeps(url) && url.searchParams.has("after") === i > 0);
    await expect(links).toHaveCount(last ? names.length - i * LIST_PAGE_SIZE : LIST_PAGE_SIZE);
    const shown = await links.allTextContents();
    seen.push(...shown);
    if (last) {
      await expect(next).toHaveCount(0);
      await page.reload();
      await expect(links).toHaveText(shown);
    } else {
      const before = page.url();
      await next.click();
      await expect(page).not.toHaveURL(before);
    }
  }
  expect(seen.toSorted()).toEqual(names.toSorted());
  if (pages > 1) {
    await nav.getByRole("link", { name: "Back to the start" }).click();
    await expect(page).toHaveURL((url) => keeps(url) && !url.searchParams.has("after"));
    await expect(links).toHaveCount(LIST_PAGE_SIZE);
  }
}

/** The nonce a page's policy trusts, and the nonces its scripts carry: one and the same on every page we serve. */
export function scriptNonces(policy: string | null | undefined, html: string) {
  const carried = new Set([...html.matchAll(/<script[^>]* nonce="([^"]+)"/g)].map((match) => match[1]));
  return { trusted: /'nonce-([^']+)'/.exec(policy ?? "")?.[1], carried: [...carried] };
}
