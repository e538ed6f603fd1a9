// Public site benchmark: readers' pages under load against a static Next.js page served the same way, on a
// fresh database with the demo content, 5,000 more articles in every language (30,000 published versions) and a
// registry of 5,000 people, 2,000 cases and 500 organisations; then the search's own time per query, and publish → visible.
// Prints figures; asserts nothing. Run: pnpm build && pnpm bench:public (BENCH_SECONDS per load, 10 unless set;
// BENCH_ROUNDS, 3 unless set, how many times each page is loaded between two loads of the static page).
// (DATABASE_URL names a PostgreSQL server; without it, embedded PGlite.)
import { type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { db } from "@rightsdesk/db/client";
import { createArticle, getArticleFootprint, saveVersion, searchPublic, transitionVersion } from "@rightsdesk/db/editor";
import { createTestDatabase } from "@rightsdesk/db/test-database";
import { articleRevalidationTags, EMPTY_DOC, LOCALES, REVALIDATE_SECRET_HEADER, ZSearchParams, SOURCE_LOCALE } from "@rightsdesk/domain";
import demoUsers from "../prisma/demo-users.json" with { type: "json" };
import { seedDatabase, startApps } from "../scripts/stack/apps";
import { addPublishedCopies } from "./bulk-articles";
import { scalePersonCyrillic } from "./scale-names";
import { seedRegistry } from "./scale-seed";
import { load, type LoadResult } from "./load";
import { startStaticSite } from "./static-site-server";
import { ms, summarise } from "./stats";

const COPIES = 5_000;
const REGISTRY = { people: 5_000, cases: 2_000, organisations: 500 };
const SEARCH_RUNS = 60;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONNECTIONS = 100;
const port = Number(process.env.BENCH_PORT_BASE ?? 3900);
const revalidateSecret = randomBytes(24).toString("base64url");

const PAGES = [
  ["home page", "/en"],
  ["article page", "/en/articles/odf-delegation-european-parliament-strasbourg"],
  ["tag page", "/en/tags/kz"],
  ["person page", "/en/people/mukhtar-ablyazov"],
  ["search page", "/en/search?q=extradition"],
] as const;

/** Publishes a new article and times until the public home page lists it, the way the editor announces a change. */
async function publishToVisible(webUrl: string): Promise<number> {
  const editorUser = demoUsers.users.find((user) => user.role === "editor");
  if (!editorUser) throw new Error("prisma/demo-users.json has no editor");
  const actor = await db().user.findUniqueOrThrow({ where: { email: editorUser.email }, select: { id: true, role: true } });
  const title = `Benchmark publication ${Date.now().toString(36)}`;
  const article = await createArticle({ title, summary: "", slug: "" }, actor);
  await saveVersion(article.id, SOURCE_LOCALE, { title, summary: "", body: EMPTY_DOC, baseRevision: 1 }, actor);
  const started = performance.now();
  await transitionVersion(article.id, "en", { transition: "publish" }, actor);
  const footprint = await getArticleFootprint(article.id);
  await fetch(new URL("/api/revalidate", webUrl), {
    method: "POST",
    headers: { "content-type": "application/json", [REVALIDATE_SECRET_HEADER]: revalidateSecret },
    body: JSON.stringify({ tags: articleRevalidationTags(...(footprint ? [footprint] : [])) }),
  });
  while (performance.now() - started < 30_000) {
    if ((await (await fetch(`${webUrl}/en`)).text()).includes(title)) return performance.now() - started;
  }
  return Number.NaN;
}

/** The search's database time per query, as the search page spends it: one word, several words, a name in another script. */
async function searchTimes(): Promise<string[]> {
  const queries = [
    ["one word", "en", "extradition"],
    ["several words", "en", "refugee status Poland"],
    ["name, other script", "ru", "Аблязов"],
    ["name, romanised", "en", "Abliazov"],
    ["name, misspelt", "en", "Ablyazof"],
    ["name, one of 5,000", "ru", scalePersonCyrillic(4321)],
  ] as const;
  const lines: string[] = [];
  for (const [name, locale, q] of queries) {
    const params = ZSearchParams.parse({ q });
    const samples: number[] = [];
    for (let i = 0; i < SEARCH_RUNS; i++) {
      const started = performance.now();
      await searchPublic(params, locale);
      samples.push(performance.now() - started);
    }
    const { median, p95 } = summarise(samples.slice(5));
    lines.push(`  search, ${name.padEnd(19)} p50 ${ms(median).padStart(9)}   p95 ${ms(p95).padStart(9)}   (target p95 < 30 ms)`);
  }
  return lines;
}

/**
 * Each page and the static page are loaded in turn, round after round, so that a slow spell of the machine (the load
 * tester shares its two cores with the servers) weighs on both sides of a ratio rather than on one page's figure.
 */
async function measurePages(webUrl: string, staticUrl: string): Promise<string[]> {
  const targets: (readonly [string, string])[] = [["static page", staticUrl]];
  for (const [name, path] of PAGES) {
    const first = await fetch(`${webUrl}${path}`);
    if (first.status === 200) targets.push([name, `${webUrl}${path}`]);
    else console.info(`  ${name.padEnd(14)} not measured: ${path} answers ${first.status}`);
  }
  const runs = new Map<string, LoadResult[]>(targets.map(([name]) => [name, []]));
  const ratios = new Map<string, number[]>(targets.map(([name]) => [name, []]));
  for (let round = 0; round < ROUNDS; round++) {
    // The static page before and after each page: each ratio is to the static page's mean of its two neighbours.
    let before = await load(staticUrl, { connections: CONNECTIONS, seconds: SECONDS });
    runs.get("static page")?.push(before);
    for (const [name, url] of targets.slice(1)) {
      const result = await load(url, { connections: CONNECTIONS, seconds: SECONDS });
      const after = await load(staticUrl, { connections: CONNECTIONS, seconds: SECONDS });
      runs.get(name)?.push(result);
      runs.get("static page")?.push(after);
      ratios.get(name)?.push((2 * result.requestsPerSecond) / (before.requestsPerSecond + after.requestsPerSecond));
      before = after;
    }
  }
  return targets.map(([name]) => {
    const results = runs.get(name) ?? [];
    const median = (values: number[]) => summarise(values).median;
    const failures = results.reduce((sum, result) => sum + result.errors + result.non2xx, 0);
    const pageRatios = ratios.get(name) ?? [];
    const ratio = name === "static page" ? "" : `   ${median(pageRatios).toFixed(2)}× static (rounds ${pageRatios.map((value) => value.toFixed(2)).join(", ")})`;
    return (
      `  ${name.padEnd(14)} ${median(results.map((result) => result.requestsPerSecond)).toFixed(0).padStart(7)} req/s   ` +
      `p50 ${ms(median(results.map((result) => result.p50))).padStart(9)}   p99 ${ms(median(results.map((result) => result.p99))).padStart(9)}${ratio}` +
      (failures > 0 ? `   (${failures} errors or non-2xx)` : "")
    );
  });
}

const database = await createTestDatabase(process.env.DATABASE_URL, "bench_public");
process.env.DATABASE_URL = database.url;
const children: ChildProcess[] = [];
let stopApps = () => {};
try {
  await seedDatabase(database.url);
  await addPublishedCopies("odf-delegation-european-parliament-strasbourg", COPIES);
  await seedRegistry(REGISTRY);
  await db().$executeRawUnsafe("ANALYZE");
  const versions = await db().articleVersion.count({ where: { status: "published" } });

  process.env.REVALIDATE_SECRET = revalidateSecret;
  const apps = await startApps({
    databaseUrl: database.url,
    authSecret: randomBytes(32).toString("base64url"),
    webPort: port,
    editorPort: port + 1,
    embeddedDatabase: !process.env.DATABASE_URL,
    webOnly: true,
  });
  stopApps = apps.stop;
  const article = await fetch(`${apps.webUrl}${PAGES[1][1]}`);
  const articleBytes = (await article.text()).length;
  // One paragraph of the baseline weighs about 470 bytes (its text is in the HTML and again in React's payload); Next's own markup about 5 kB.
  const staticServer = await startStaticSite(port + 2, Math.max(1, Math.round((articleBytes - 5_000) / 470)));
  children.push(staticServer.child);
  const staticBytes = (await (await fetch(staticServer.url)).text()).length;

  console.info(`\nPublic site benchmark — ${versions.toLocaleString("en")} published versions in ${LOCALES.length} languages, ${REGISTRY.people.toLocaleString("en")} people`);
  console.info(`  ${CONNECTIONS} connections, ${SECONDS} s per page; article page ${(articleBytes / 1024).toFixed(0)} KiB, static page ${(staticBytes / 1024).toFixed(0)} KiB`);
  console.info(`  article page Cache-Control: ${article.headers.get("cache-control")}`);
  console.info(`  medians of ${ROUNDS} rounds; a page's ratio is to the static page loaded just before and after it`);
  (await measurePages(apps.webUrl, staticServer.url)).forEach((line) => console.info(line));
  (await searchTimes()).forEach((line) => console.info(line));
  console.info(`  publish → visible on the home page: ${ms(await publishToVisible(apps.webUrl))}   (target ≤ 1 s)`);
  console.info("  targets: article page ≥ 0.9× static with p99 < 50 ms; search p95 < 30 ms");
} finally {
  stopApps();
  children.forEach((child) => child.kill("SIGTERM"));
  await db().$disconnect();
  await database.drop();
}
