// One database's half of bench:scale (see scale.bench.ts): a fresh database (DATABASE_URL's PostgreSQL server,
// or without it embedded PGlite) seeded at newsroom scale, the built editor on it, and each list page timed.
import { createHash, randomBytes } from "node:crypto";
import { db } from "@rightsdesk/db/client";
import { upsertUser } from "@rightsdesk/db/editor";
import { createTestDatabase } from "@rightsdesk/db/test-database";
import { encodeCursor, ZEmail } from "@rightsdesk/domain";
import { startApps } from "../scripts/stack/apps";
import { type EditorSession, signIn } from "./editor-session";
import { scalePersonCyrillic } from "./scale-names";
import { HISTORY_REVISIONS, seedScale } from "./scale-seed";
import { ms, summarise } from "./stats";

const SIZE = { articles: 10_000, people: 5_000, cases: 1_000, organisations: 500, auditEvents: 20_000 };
const WARM_UP = 2;
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 9);
const port = Number(process.env.BENCH_PORT_BASE ?? 3930);
const embedded = !process.env.DATABASE_URL;
// BENCH_PAGES="translation desk|people, name": only the rows whose name contains one of these (a quicker run while working on them).
const only = (process.env.BENCH_PAGES ?? "").split("|").map((word) => word.trim()).filter(Boolean);
// BENCH_KEEP_DATABASE=1: leave the seeded database (PostgreSQL only) to study its queries with EXPLAIN ANALYZE afterwards.
const keepDatabase = !embedded && process.env.BENCH_KEEP_DATABASE === "1";

/** Time to the response's headers (first byte) and to its last byte, and the HTML's size. */
async function timePage(session: EditorSession, path: string): Promise<{ firstByte: number; lastByte: number; bytes: number }> {
  const started = performance.now();
  const response = await session.get(path);
  const firstByte = performance.now() - started;
  const html = await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
  return { firstByte, lastByte: performance.now() - started, bytes: html.byteLength };
}

const database = await createTestDatabase(process.env.DATABASE_URL, "bench_scale");
process.env.DATABASE_URL = database.url;
// PGlite's socket server mixes up the statements of concurrent connections: one each.
if (embedded) process.env.DATABASE_POOL_MAX = "1";
let stopApps = () => {};
try {
  const password = randomBytes(12).toString("base64url");
  const admin = await upsertUser({ email: ZEmail.parse("scale-admin@rightsdesk.local"), name: "Scale Admin", role: "admin", password });
  const seedStarted = performance.now();
  await seedScale(admin.id, SIZE);
  const seedSeconds = (performance.now() - seedStarted) / 1000;
  const middle = await db().article.findUniqueOrThrow({ where: { id: `sa${SIZE.articles / 2}` }, select: { id: true, updatedAt: true } });
  const lastAudit = new Date().toISOString().slice(0, 10);
  // The apps get the only connection PGlite serves well; the bench's own client lets go of it.
  await db().$disconnect();

  const apps = await startApps({ databaseUrl: database.url, authSecret: randomBytes(32).toString("base64url"), webPort: port, editorPort: port + 1, embeddedDatabase: embedded });
  stopApps = apps.stop;
  const session = await signIn(apps.editorUrl, admin.email, password);

  const pages: [string, string][] = [
    ["articles", "/"],
    ["articles, page 101 of 200", `/?after=${encodeURIComponent(encodeCursor(middle))}`],
    ["articles, published in Russian", "/?status=published&locale=ru"],
    ["articles, outdated German", "/?translation=outdated&locale=de"],
    ["articles, tag", "/?tag=scale-topic-7"],
    ["articles, text search", "/?q=request%207777"],
    ["articles, by title", "/?sort=title"],
    // The seed titles article g "Court hears extradition request <g>".
    ["articles by title, a later page", `/?sort=title&after=${encodeURIComponent(encodeCursor({ title: `Court hears extradition request ${middle.id.slice(2)}`, id: middle.id }))}`],
    ["translation desk", "/translations"],
    ["translation desk, by title", "/translations?sort=title"],
    ["labels desk (Russian)", "/translations/labels/ru"],
    ["people", "/people"],
    ["people, name search", `/people?q=${encodeURIComponent(scalePersonCyrillic(4321))}`],
    ["people, nationality", "/people?country=AT"],
    ["cases", "/cases"],
    ["cases, title search", `/cases?q=${encodeURIComponent("Дело 777")}`],
    ["organisations", "/organisations"],
    // The seed names organisation g "Organisation <md5 of g>".
    ["organisations, name search", `/organisations?q=${encodeURIComponent(`Organisation ${createHash("md5").update("77").digest("hex").slice(0, 8)}`)}`],
    ["media library", "/media"],
    ["audit log", "/audit"],
    ["audit log, action and days", `/audit?action=version.publish&from=${lastAudit}&to=${lastAudit}`],
    ["one article (English)", `/articles/${middle.id}/en`],
    // The @ popup's answer (JSON) as a writer types a first letter, which begins a word of most names, then a surname.
    ["@ popup, one letter", "/api/mentions?q=a"],
    ["@ popup, a surname", `/api/mentions?q=${encodeURIComponent("жума")}`],
    // Its last two saves of 20,000 words compared, under the newest page of its revisions.
    [`history of ${HISTORY_REVISIONS.toLocaleString("en")} revisions`, "/articles/sa0/en/history"],
    ["history, an older page", `/articles/sa0/en/history?after=${HISTORY_REVISIONS / 2}_srh${HISTORY_REVISIONS / 2}`],
  ];
  console.info(`\n${embedded ? "PGlite (embedded, one connection)" : "PostgreSQL"}: ${SIZE.articles} articles × 6 languages, ${SIZE.people} people, seeded in ${seedSeconds.toFixed(0)} s`);
  console.info(`  ${"page".padEnd(34)}${"first byte".padStart(12)}${"last byte".padStart(12)}${"HTML".padStart(11)}   (median of ${SAMPLES} after ${WARM_UP} warm-ups)`);
  for (const [name, path] of pages.filter(([name]) => only.length === 0 || only.some((word) => name.includes(word)))) {
    for (let i = 0; i < WARM_UP; i++) await timePage(session, path);
    const samples = [];
    for (let i = 0; i < SAMPLES; i++) samples.push(await timePage(session, path));
    const firstByte = summarise(samples.map((sample) => sample.firstByte)).median;
    const lastByte = summarise(samples.map((sample) => sample.lastByte)).median;
    const kb = (samples[0]?.bytes ?? 0) / 1024;
    const verdict = lastByte < 100 && kb < 200 ? "" : "   over target";
    console.info(`  ${name.padEnd(34)}${ms(firstByte).padStart(12)}${ms(lastByte).padStart(12)}${`${kb.toFixed(0)} KB`.padStart(11)}${verdict}`);
  }
} finally {
  stopApps();
  await db().$disconnect();
  if (keepDatabase) console.info(`  kept the seeded database: ${database.url}`);
  else await database.drop();
}
