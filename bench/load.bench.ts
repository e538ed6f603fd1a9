// Load test (issue #14): 20 editors autosaving their own articles and 200 readers on the public site at once,
// for 60 s, against both built apps on a fresh database with the demo content. Every acknowledged save must be
// a stored revision and each article must end with the last text acknowledged; any failed save, reader error
// or lost save fails the run (exit code 1). Timings are printed, never asserted.
// Run: pnpm build && pnpm bench:load   (DATABASE_URL names a PostgreSQL server; without it, embedded PGlite.)
import { randomBytes } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { db } from "@rightsdesk/db/client";
import { upsertUser } from "@rightsdesk/db/editor";
import { createTestDatabase } from "@rightsdesk/db/test-database";
import { plainText, type RichTextDoc, ZEmail, ZRichTextDoc, SOURCE_LOCALE } from "@rightsdesk/domain";
import { seedDatabase, startApps } from "../scripts/stack/apps";
import { type EditorSession, signIn } from "./editor-session";
import { loadPage, type PageLoadResult, SLOW_MS } from "./load";
import { ms, summarise } from "./stats";

const EDITORS = 20;
const READERS = 200;
/*
 * Pages a reader asks for per second. A person reads for a while between pages; one a second each (200 pages a
 * second in all, several times what 200 people clicking would ask) is a load with a bound. With 0, every reader
 * asks again the moment it is answered and the machine saturates: then Node accepts one new connection per turn
 * of its event loop (libuv since 1.45), a turn takes hundreds of milliseconds under that load, and connections
 * opened during it (the last pages' readers, or one reconnecting after a timeout) wait in the kernel's accept
 * queue past the 10 s timeout. In production a proxy or CDN in front holds the connections to the web servers.
 */
const READER_RATE = Number(process.env.BENCH_READER_RATE ?? 1);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
// A save every 1–3 s (the editor's autosave waits for a 3 s pause, so this is more); the jitter keeps 20 editors
// from saving in lockstep.
const AUTOSAVE_MIN_MS = 1_000;
const AUTOSAVE_MAX_MS = 3_000;
const port = Number(process.env.BENCH_PORT_BASE ?? 3910);
const embedded = !process.env.DATABASE_URL;

// A quarter of the readers on each page, so that each page's figures are its own.
const READER_PAGES = [
  ["home page", "/en"],
  ["article page", "/en/articles/odf-delegation-european-parliament-strasbourg"],
  ["tag page", "/en/tags/kz"],
  ["search page", "/en/search?q=extradition"],
] as const;

type Acknowledged = { revision: number; text: string };
type EditorRun = { articleId: string; acknowledged: Acknowledged[]; saveTimes: number[]; failures: string[] };

const paragraphsDoc = (paragraphs: readonly string[]): RichTextDoc => ({
  type: "doc",
  content: paragraphs.map((text) => ({ type: "paragraph", content: [{ type: "text", text }] })),
});

/** One editor's article, autosaved as useVersionSave does: each save names the revision the last one returned. */
async function autosave(session: EditorSession, editor: number, until: number): Promise<EditorRun> {
  const title = `Load test ${editor + 1}`;
  const created = await session.send("POST", "/api/articles", { title });
  if (!created.ok) throw new Error(`editor ${editor + 1} could not create an article: ${created.status} ${await created.text()}`);
  const { id: articleId } = (await created.json()) as { id: string };
  const run: EditorRun = { articleId, acknowledged: [], saveTimes: [], failures: [] };
  const paragraphs: string[] = [];
  // A new article's English version starts at revision 1.
  let revision = 1;
  for (;;) {
    await sleep(AUTOSAVE_MIN_MS + Math.random() * (AUTOSAVE_MAX_MS - AUTOSAVE_MIN_MS));
    if (performance.now() >= until) return run;
    // The text only grows, as while typing: every save differs from the last, so each must become a revision.
    paragraphs.push(`Editor ${editor + 1}, paragraph ${paragraphs.length + 1}: the court in Almaty heard the extradition request on ${new Date().toISOString()}.`);
    const body = paragraphsDoc(paragraphs);
    const started = performance.now();
    try {
      const response = await session.send("PUT", `/api/articles/${articleId}/versions/en`, { title, summary: "", body, baseRevision: revision });
      const answer = await response.text();
      if (!response.ok) {
        // The text stays and the next save carries it, as the editor keeps it in the browser.
        run.failures.push(`${response.status} ${answer.slice(0, 200)}`);
        continue;
      }
      run.saveTimes.push(performance.now() - started);
      revision = (JSON.parse(answer) as { revision: number }).revision;
      run.acknowledged.push({ revision, text: plainText(body) });
    } catch (error) {
      run.failures.push(error instanceof Error ? error.message : String(error));
    }
  }
}

/** What the database holds for one editor's article, against what the editor was told was saved. */
async function check(run: EditorRun): Promise<{ written: number; lost: string[] }> {
  const version = await db().articleVersion.findUniqueOrThrow({
    where: { articleId_locale: { articleId: run.articleId, locale: SOURCE_LOCALE } },
    select: { revision: true, body: true, revisions: { select: { number: true, body: true } } },
  });
  const stored = new Map(version.revisions.map((revision) => [revision.number, plainText(ZRichTextDoc.parse(revision.body))]));
  const lost = run.acknowledged
    .filter((save) => stored.get(save.revision) !== save.text)
    .map((save) => `revision ${save.revision} ${stored.has(save.revision) ? "holds another text" : "is missing"}`);
  const last = run.acknowledged.at(-1);
  if (last && plainText(ZRichTextDoc.parse(version.body)) !== last.text) lost.push(`the article's text is not the last acknowledged (revision ${last.revision}; stored ${version.revision})`);
  // Revision 1 is the article's creation, not a save.
  return { written: version.revisions.length - 1, lost };
}

const database = await createTestDatabase(process.env.DATABASE_URL, "bench_load");
process.env.DATABASE_URL = database.url;
// PGlite's socket server mixes up the statements of concurrent connections: one each, as the apps get.
if (embedded) process.env.DATABASE_POOL_MAX = "1";
let stopApps = () => {};
let failed = false;
try {
  await seedDatabase(database.url);
  const password = randomBytes(12).toString("base64url");
  const accounts: { email: string }[] = [];
  for (let i = 0; i < EDITORS; i++) {
    accounts.push(await upsertUser({ email: ZEmail.parse(`load-editor-${i + 1}@rightsdesk.local`), name: `Load Editor ${i + 1}`, role: "editor", password }));
  }
  const apps = await startApps({
    databaseUrl: database.url,
    authSecret: randomBytes(32).toString("base64url"),
    webPort: port,
    editorPort: port + 1,
    embeddedDatabase: embedded,
  });
  stopApps = apps.stop;
  const sessions: EditorSession[] = [];
  for (const account of accounts) sessions.push(await signIn(apps.editorUrl, account.email, password));
  // Each page is rendered once before the clock starts, as a site that has been up a while has them cached.
  for (const [, path] of READER_PAGES) {
    const first = await fetch(`${apps.webUrl}${path}`);
    if (first.status !== 200) throw new Error(`${path} answers ${first.status} before the load starts`);
  }

  console.info(`\nLoad test — ${EDITORS} editors autosaving every 1–3 s and ${READERS} readers for ${SECONDS} s`);
  const pace = READER_RATE > 0 ? `each asking for ${READER_RATE} page(s) a second (BENCH_READER_RATE)` : "each asking again as soon as answered (BENCH_READER_RATE=0)";
  console.info(`  readers: ${READERS / READER_PAGES.length} on each of ${READER_PAGES.length} pages, ${pace}; a request unanswered after 10 s is an error`);
  console.info(`  database: ${embedded ? "embedded PGlite (one connection per app)" : "PostgreSQL (a fresh database on the DATABASE_URL server)"}`);
  const until = performance.now() + SECONDS * 1000;
  const [runs, pages] = await Promise.all([
    Promise.all(sessions.map((session, i) => autosave(session, i, until))),
    Promise.all(
      READER_PAGES.map(async ([name, path]) => ({ name, ...(await loadPage(`${apps.webUrl}${path}`, { connections: READERS / READER_PAGES.length, seconds: SECONDS, perConnectionRate: READER_RATE })) })),
    ),
  ]);

  const checks = await Promise.all(runs.map(check));
  const acknowledged = runs.reduce((sum, run) => sum + run.acknowledged.length, 0);
  const written = checks.reduce((sum, result) => sum + result.written, 0);
  const lost = checks.flatMap((result, i) => result.lost.map((line) => `editor ${i + 1}: ${line}`));
  const saveFailures = runs.flatMap((run, i) => run.failures.map((line) => `editor ${i + 1}: ${line}`));
  const badReads = pages.reduce((sum, page) => sum + [...page.badStatuses.values()].reduce((a, b) => a + b, 0), 0);
  const readErrors = pages.reduce((sum, page) => sum + page.errors, 0);
  const saves = summarise(runs.flatMap((run) => run.saveTimes));
  const readerRow = (name: string, page: Pick<PageLoadResult, "requests" | "requestsPerSecond" | "latencies">) => {
    const reads = summarise(page.latencies);
    return `  ${name.padEnd(20)}${page.requestsPerSecond.toFixed(0).padStart(5)} req/s (${page.requests} requests)   p50 ${ms(reads.median)}   p95 ${ms(reads.p95)}   p99 ${ms(reads.p99)}`;
  };
  const perEditor = runs.map((run) => run.acknowledged.length);

  console.info(`  saves acknowledged: ${acknowledged} (per editor ${Math.min(...perEditor)}–${Math.max(...perEditor)})`);
  console.info(`  revisions written:  ${written}`);
  console.info(`  lost:               ${lost.length}`);
  console.info(`  save time:          p50 ${ms(saves.median)}   p95 ${ms(saves.p95)}   p99 ${ms(saves.p99)}   max ${ms(saves.max)}`);
  const allReads = {
    requests: pages.reduce((sum, page) => sum + page.requests, 0),
    requestsPerSecond: pages.reduce((sum, page) => sum + page.requestsPerSecond, 0),
    latencies: pages.flatMap((page) => page.latencies),
  };
  console.info(readerRow("readers, all pages:", allReads));
  for (const page of pages) console.info(readerRow(`  ${page.name}`, page));
  // Where the readers' time went: answers from Next's cache or rendered, and, per 10 s, the slow answers and timeouts.
  for (const page of pages) {
    const states = [...page.cacheStates].map(([state, count]) => `${state} ${count}`).join(", ");
    const windows = page.windows.map((w, i) => `${i * 10}–${(i + 1) * 10} s ${w.responses}/${w.slow}/${w.errors}`).join("   ");
    console.info(`  ${page.name.padEnd(20)}cache: ${states}`);
    console.info(`  ${"".padEnd(20)}answers/over ${SLOW_MS / 1000} s/errors: ${windows}`);
  }
  console.info(`  errors:             ${saveFailures.length} failed saves, ${badReads} reader responses neither 2xx nor 3xx, ${readErrors} reader socket errors or timeouts`);
  for (const line of [...lost, ...saveFailures.slice(0, 10)]) console.info(`    ${line}`);
  for (const page of pages) {
    for (const [status, count] of page.badStatuses) console.info(`    ${page.name}: ${status} × ${count}`);
    if (page.errors > 0) console.info(`    ${page.name}: ${page.errors} errors (${page.errorMessages.join("; ")})`);
  }
  failed = lost.length + saveFailures.length + badReads + readErrors > 0;
  console.info(failed ? "  FAILED: something was lost or an error occurred" : "  passed: nothing lost, no error");
} finally {
  stopApps();
  await db().$disconnect();
  await database.drop();
}
if (failed) process.exitCode = 1;
