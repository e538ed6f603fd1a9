// Editor benchmark: keystroke-to-paint latency and autosave cost on a 20,000-word article with 200 mentions,
// in headless Chromium against the built apps on a fresh database. Prints figures; asserts nothing.
// Run: pnpm build && pnpm bench   (DATABASE_URL names a PostgreSQL server; without it, embedded PGlite.)
import { randomBytes } from "node:crypto";
import { chromium } from "@playwright/test";
import { createArticle, db, saveVersion } from "@rightsdesk/db";
import { createTestDatabase } from "@rightsdesk/db/test-database";
import { wordCount } from "@rightsdesk/domain";
import demoUsers from "../prisma/demo-users.json" with { type: "json" };
import { seedDatabase, startApps } from "../scripts/stack/apps";
import { largeArticle } from "./large-article";
import { ms, summarise } from "./stats";

const WORDS = 20_000;
const MENTIONS = 200;
const KEYSTROKES = 120;
const port = Number(process.env.BENCH_PORT_BASE ?? 3900);

const database = await createTestDatabase(process.env.DATABASE_URL, "bench");
process.env.DATABASE_URL = database.url;
let stopApps = () => {};
try {
  await seedDatabase(database.url);
  const editorUser = demoUsers.users.find((user) => user.role === "editor");
  if (!editorUser) throw new Error("prisma/demo-users.json has no editor");
  const actor = await db().user.findUniqueOrThrow({ where: { email: editorUser.email }, select: { id: true, role: true } });
  const persons = await db().person.findMany({ where: { confidentiality: "public" }, select: { id: true, name: true } });
  const body = largeArticle(WORDS, MENTIONS, persons.map((p) => ({ id: p.id, label: p.name })));
  const article = await createArticle({ title: "Benchmark: a very long article", summary: "", slug: "" }, actor);
  await saveVersion(article.id, "en", { title: "Benchmark: a very long article", summary: "", body, baseRevision: 1 }, actor);
  await db().$disconnect();

  const apps = await startApps({ databaseUrl: database.url, authSecret: randomBytes(32).toString("base64url"), webPort: port, editorPort: port + 1 });
  stopApps = apps.stop;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
  });
  const page = await browser.newPage();
  await page.goto(`${apps.editorUrl}/login`);
  await page.getByLabel("Email").fill(editorUser.email);
  await page.getByLabel("Password").fill(demoUsers.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("heading", { name: "Articles" }).waitFor();

  const opened = Date.now();
  await page.goto(`${apps.editorUrl}/articles/${article.id}/en`);
  const bodyBox = page.getByRole("textbox", { name: "Body" });
  await bodyBox.getByText("Part 10", { exact: true }).waitFor();
  const loadMs = Date.now() - opened;

  // Each keydown notes its time; the next animation frame (when Chromium paints the change) closes the sample.
  await page.evaluate(() => {
    const probe = window as unknown as { __latencies: number[] };
    probe.__latencies = [];
    document.addEventListener(
      "keydown",
      (event) => {
        const start = event.timeStamp;
        requestAnimationFrame(() => probe.__latencies.push(performance.now() - start));
      },
      { capture: true },
    );
  });
  await bodyBox.getByText("Part 5", { exact: true }).click();
  await page.keyboard.press("End");
  const autosave = page.waitForRequest((request) => request.method() === "PUT" && request.url().endsWith(`/versions/en`), { timeout: 60_000 });
  await page.keyboard.type(" a".repeat(KEYSTROKES / 2), { delay: 40 });
  const latencies = await page.evaluate(() => (window as unknown as { __latencies: number[] }).__latencies);

  const request = await autosave;
  const response = await request.response();
  const payloadBytes = Buffer.byteLength(request.postData() ?? "");
  const timing = request.timing();
  await browser.close();

  const typing = summarise(latencies);
  console.info(`\nEditor benchmark — ${wordCount(body).toLocaleString("en")} words, ${MENTIONS} mentions, ${latencies.length} keystrokes`);
  console.info(`  open the article until the text shows   ${ms(loadMs)}`);
  console.info(`  keystroke to paint, median              ${ms(typing.median)}   (target < 16 ms)`);
  console.info(`  keystroke to paint, 95th percentile     ${ms(typing.p95)}`);
  console.info(`  keystroke to paint, slowest             ${ms(typing.max)}`);
  console.info(`  autosave payload                        ${(payloadBytes / 1024).toFixed(1)} KiB`);
  console.info(`  autosave request to response            ${ms(timing.responseEnd)}   (HTTP ${response?.status() ?? "none"})`);
} finally {
  stopApps();
  await database.drop().catch(() => {});
}
