// Editor benchmark: keystroke-to-paint latency of our editor against a plain Tiptap 3 page (StarterKit only,
// served in the same run), on a 20,000-word article with 200 mentions; a 500 kB paste; where typing spends
// its time; and what an autosave costs the writer and the server. Prints figures; asserts nothing.
// Run: pnpm build && pnpm bench   (DATABASE_URL names a PostgreSQL server; without it, embedded PGlite.)
import { type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { type Locator, type Page, chromium } from "@playwright/test";
import { createArticle, db, saveVersion } from "@rightsdesk/db/editor";
import { createTestDatabase } from "@rightsdesk/db/test-database";
import { type RichTextDoc, type RichTextNode, wordCount } from "@rightsdesk/domain";
import demoUsers from "../prisma/demo-users.json" with { type: "json" };
import { seedDatabase, startApps } from "../scripts/stack/apps";
import { hottestFunctions, profileWhile, sourceExcerpt } from "./cpu-profile";
import { signIn } from "./editor-session";
import { installKeystrokeProbe, pasteAndTime, typeAndTime } from "./keystroke-probe";
import { largeArticle } from "./large-article";
import { wordClipboard } from "./pasted-html";
import { startStaticSite } from "./static-site-server";
import { ms, summarise } from "./stats";

const WORDS = 20_000;
const MENTIONS = 200;
const KEYS = 100;
// About a fast typist's pace; the keys of one row take 6 s, so autosaves happen while typing, as they do.
const KEY_DELAY_MS = 60;
const PASTES = 3;
const SERVER_SAVES = 6;
const TITLE = "Benchmark: a very long article";
const TRANSLATION_LOCALE = "ru";
const port = Number(process.env.BENCH_PORT_BASE ?? 3900);
const embeddedDatabase = !process.env.DATABASE_URL;

type Figures = { latencies: number[]; lost: boolean };
type Measured = { start: Figures; middle: Figures; end: Figures; pastes: number[]; afterPaste: Figures };

const WARM_UP_KEYS = "warm up ";

/** A different run of letters per row, so that a lost keystroke shows in the text. */
const keys = (row: string) => `${row} ${"abcdefghijklmnopqrstuvwxyz".repeat(4)}`.slice(0, KEYS);

/** A row of keys where the caret is, after a few unmeasured ones: the first keys in a place pay for scrolling there. */
async function typeRow(page: Page, editor: Locator, row: string): Promise<Figures> {
  await page.keyboard.type(WARM_UP_KEYS, { delay: KEY_DELAY_MS });
  return typeAndTime(page, editor, keys(row), KEY_DELAY_MS);
}

/** Types a row at the start, in the middle and at the end of the long text loaded in `editor`. */
async function typeEverywhere(page: Page, editor: Locator): Promise<Pick<Measured, "start" | "middle" | "end">> {
  await installKeystrokeProbe(page);
  await editor.focus();
  await page.keyboard.press("Control+Home");
  const start = await typeRow(page, editor, "start");
  await editor.getByText("Part 6", { exact: true }).click();
  await page.keyboard.press("End");
  const middle = await typeRow(page, editor, "middle");
  await page.keyboard.press("Control+End");
  const end = await typeRow(page, editor, "end");
  return { start, middle, end };
}

/** Pastes the clipboard into the empty `editor` a few times over, then types at the end of the pasted text. */
async function pasteThenType(page: Page, editor: Locator, clipboard: { html: string; plain: string }): Promise<Pick<Measured, "pastes" | "afterPaste">> {
  await installKeystrokeProbe(page);
  const pastes: number[] = [];
  for (let i = 0; i < PASTES; i++) {
    if (i > 0) {
      await page.keyboard.press("Control+A");
      await page.keyboard.press("Delete");
    }
    pastes.push(await pasteAndTime(editor, clipboard.html, clipboard.plain));
    await editor.getByText("Part 10", { exact: true }).waitFor();
  }
  await page.keyboard.press("Control+End");
  return { pastes, afterPaste: await typeRow(page, editor, "pasted") };
}

/** A mention is ours, not StarterKit's: the plain page gets its label as text. */
function withoutMentions(doc: RichTextDoc): RichTextDoc {
  const strip = (node: RichTextNode): RichTextNode =>
    node.type === "mention" ? { type: "text", text: String(node.attrs?.label ?? "") } : { ...node, ...(node.content && { content: node.content.map(strip) }) };
  return { type: "doc", content: doc.content.map(strip) };
}

async function openPlainTiptap(page: Page, url: string): Promise<Locator> {
  await page.goto(`${url}tiptap`);
  await page.waitForFunction(() => "plainEditor" in window);
  return page.getByRole("textbox", { name: "Body" });
}

const database = await createTestDatabase(process.env.DATABASE_URL, "bench");
process.env.DATABASE_URL = database.url;
const children: ChildProcess[] = [];
let stopApps = () => {};
try {
  await seedDatabase(database.url);
  const editorUser = demoUsers.users.find((user) => user.role === "editor");
  if (!editorUser) throw new Error("prisma/demo-users.json has no editor");
  const actor = await db().user.findUniqueOrThrow({ where: { email: editorUser.email }, select: { id: true, role: true } });
  const persons = await db().person.findMany({ where: { confidentiality: "public" }, select: { id: true, name: true } });
  const body = largeArticle(WORDS, MENTIONS, persons.map((p) => ({ id: p.id, label: p.name })));
  const article = await createArticle({ title: TITLE, summary: "", slug: "" }, actor);
  await saveVersion(article.id, "en", { title: TITLE, summary: "", body, baseRevision: 1 }, actor);
  const empty = await createArticle({ title: "Benchmark: pasted into", summary: "", slug: "" }, actor);
  await db().$disconnect();
  const clipboard = wordClipboard(body);

  const apps = await startApps({
    databaseUrl: database.url,
    authSecret: randomBytes(32).toString("base64url"),
    webPort: port,
    editorPort: port + 1,
    embeddedDatabase,
  });
  stopApps = apps.stop;
  const plainSite = await startStaticSite(port + 2);
  children.push(plainSite.child);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
  });

  // The plain page first, in a browser of its own, so that nothing of ours runs beside it.
  const plainPage = await (await browser.newContext()).newPage();
  let plainEditor = await openPlainTiptap(plainPage, plainSite.url);
  await plainPage.evaluate(
    (json) => (window as unknown as { plainEditor: { commands: { setContent: (doc: unknown) => void } } }).plainEditor.commands.setContent(JSON.parse(json)),
    JSON.stringify(withoutMentions(body)),
  );
  await plainEditor.getByText("Part 10", { exact: true }).waitFor();
  const plainTyping = await typeEverywhere(plainPage, plainEditor);
  plainEditor = await openPlainTiptap(plainPage, plainSite.url);
  const plain: Measured = { ...plainTyping, ...(await pasteThenType(plainPage, plainEditor, clipboard)) };
  await plainPage.context().close();

  const page = await (await browser.newContext()).newPage();
  // Leaving a page with a save under way asks first; the benchmark always leaves.
  page.on("dialog", (dialog) => void dialog.accept());
  await page.goto(`${apps.editorUrl}/login`);
  await page.getByLabel("Email").fill(editorUser.email);
  await page.getByLabel("Password").fill(demoUsers.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("heading", { name: "Articles" }).waitFor();
  const opened = performance.now();
  await page.goto(`${apps.editorUrl}/articles/${article.id}/en`);
  const editor = page.getByRole("textbox", { name: "Body" });
  await editor.getByText("Part 10", { exact: true }).waitFor();
  const loadMs = performance.now() - opened;
  const oursTyping = await typeEverywhere(page, editor);

  // Where typing at the end spends its time, in a row of its own: the profiler slows what it watches.
  const profile = await profileWhile(page, () => typeAndTime(page, editor, keys("profiled"), KEY_DELAY_MS));

  // One save by Ctrl+S once the autosaves are done: the long tasks (≥ 50 ms) it causes, from keypress to the answer shown.
  const status = page.getByRole("status").filter({ hasText: /changes saved|Unsaved|Saving/ });
  await status.filter({ hasText: "All changes saved" }).waitFor({ timeout: 30_000 });
  await page.keyboard.type("x");
  await page.evaluate(() => {
    const tasks: number[] = [];
    (window as unknown as { longTasks: number[] }).longTasks = tasks;
    new PerformanceObserver((list) => list.getEntries().forEach((entry) => tasks.push(entry.duration))).observe({ type: "longtask" });
  });
  const saved = page.waitForResponse((response) => response.request().method() === "PUT" && response.url().endsWith(`/versions/en`));
  await page.keyboard.press("Control+S");
  const saveResponse = await saved;
  await status.filter({ hasText: "All changes saved" }).waitFor();
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 200)));
  const longTasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
  const payloadBytes = Buffer.byteLength(saveResponse.request().postData() ?? "");

  // The same text as a new translation beside its source: its first save would create it.
  const openedTranslation = performance.now();
  await page.goto(`${apps.editorUrl}/articles/${article.id}/${TRANSLATION_LOCALE}`);
  const translation = page.getByRole("textbox", { name: "Body" });
  await translation.getByText("Part 10", { exact: true }).waitFor();
  const translationLoadMs = performance.now() - openedTranslation;
  await installKeystrokeProbe(page);
  await translation.focus();
  await page.keyboard.press("Control+End");
  const sideBySide = await typeRow(page, translation, "beside");
  // Profiled in a row of its own, as at the end of the source text above.
  const sideBySideProfile = await profileWhile(page, () => typeAndTime(page, translation, keys("profiled beside"), KEY_DELAY_MS));

  await page.goto(`${apps.editorUrl}/articles/${empty.id}/en`);
  const emptyEditor = page.getByRole("textbox", { name: "Body" });
  await emptyEditor.waitFor();
  const ours: Measured = { ...oursTyping, ...(await pasteThenType(page, emptyEditor, clipboard)) };
  await browser.close();

  // The server's own time for a save of the 20,000 words, each a new revision, over HTTP on this machine.
  const session = await signIn(apps.editorUrl, editorUser.email, demoUsers.password);
  const serverSaves: number[] = [];
  const current = await db().articleVersion.findUniqueOrThrow({ where: { articleId_locale: { articleId: article.id, locale: "en" } }, select: { revision: true } });
  await db().$disconnect();
  let revision = current.revision;
  for (let i = 0; i < SERVER_SAVES; i++) {
    const edited: RichTextDoc = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: `Save ${i}` }] }, ...body.content] };
    const started = performance.now();
    const response = await session.send("PUT", `/api/articles/${article.id}/versions/en`, { title: TITLE, summary: "", body: edited, baseRevision: revision });
    const answer = (await response.json()) as { revision?: number };
    serverSaves.push(performance.now() - started);
    if (!response.ok || !answer.revision) throw new Error(`save ${i} answered ${response.status}`);
    revision = answer.revision;
  }

  const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
  const row = (name: string, a: Figures, b: Figures) => {
    const [x, y] = [summarise(a.latencies), summarise(b.latencies)];
    return `  ${name.padEnd(22)} ${ms(x.median).padStart(9)} / ${ms(x.p95).padStart(9)}   ${ms(y.median).padStart(9)} / ${ms(y.p95).padStart(9)}   ${ratio(x.p95, y.p95).padStart(6)}`;
  };
  const lost = [
    ...(["start", "middle", "end", "afterPaste"] as const).flatMap((key) => [...(ours[key].lost ? [`ours ${key}`] : []), ...(plain[key].lost ? [`plain ${key}`] : [])]),
    ...(sideBySide.lost ? ["side by side"] : []),
  ];
  const pastes = [summarise(ours.pastes).median, summarise(plain.pastes).median] as const;
  const save = summarise(serverSaves.slice(1));

  console.info(`\nEditor benchmark — ${wordCount(body).toLocaleString("en")} words, ${MENTIONS} mentions; ${KEYS} keys per row, one every ${KEY_DELAY_MS} ms`);
  console.info(`  keydown → frame painted       ours p50 / p95          plain Tiptap p50 / p95   p95 ratio   (target ≤ 1.10×, < 16 ms)`);
  console.info(row("typing at the start", ours.start, plain.start));
  console.info(row("typing in the middle", ours.middle, plain.middle));
  console.info(row("typing at the end", ours.end, plain.end));
  console.info(row("typing after the paste", ours.afterPaste, plain.afterPaste));
  console.info(row("side by side, at the end", sideBySide, plain.end));
  console.info(
    `  paste ${(Buffer.byteLength(clipboard.html) / 1000).toFixed(0)} kB, 20,000 words   ${ms(pastes[0]).padStart(9)}               ${ms(pastes[1]).padStart(9)}               ${ratio(...pastes).padStart(6)}   (median of ${PASTES}; target ≤ 1.5×)`,
  );
  console.info(`  keystrokes lost: ${lost.length === 0 ? "none" : lost.join(", ")}`);
  console.info(`  open the article until the text shows   ${ms(loadMs)}; its translation beside it ${ms(translationLoadMs)}`);
  for (const [where, watched] of [["at the end", profile], ["side by side, at the end", sideBySideProfile]] as const) {
    console.info(`  typing ${where}, top self time (CPU profile, ours):`);
    for (const fn of hottestFunctions(watched, 5)) {
      console.info(`    ${ms(fn.selfMs).padStart(9)}  ${fn.name}  ${fn.where}`);
      const excerpt = await sourceExcerpt(fn);
      if (excerpt) console.info(`               ${excerpt}`);
    }
  }
  console.info(`  a save (Ctrl+S), ${(payloadBytes / 1024).toFixed(0)} KiB: long tasks ${longTasks.length}, longest ${ms(Math.max(0, ...longTasks))}, total ${ms(longTasks.reduce((a, b) => a + b, 0))}   (target: none)`);
  console.info(`  a save, browser request to answer       ${ms(saveResponse.request().timing().responseEnd)}`);
  console.info(`  server time of a 20,000-word save       p50 ${ms(save.median)}, slowest ${ms(save.max)}   (${SERVER_SAVES - 1} saves over HTTP; target < 150 ms)`);
} finally {
  stopApps();
  children.forEach((child) => child.kill("SIGTERM"));
  await database.drop().catch(() => {});
}
