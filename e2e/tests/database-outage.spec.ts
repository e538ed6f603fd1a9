import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createTestDatabase, type TestDatabase } from "@rightsdesk/db/test-database";
import { seedDatabase, startApps } from "../../scripts/stack/apps";
import { expect, test } from "./fixtures";
import { demoLogin, saveState, uniqueTitle } from "./support";
import { startTcpProxy, type TcpProxy } from "./tcp-proxy";

/*
 * PostgreSQL goes away for 30 s and comes back: both apps, started on their own database behind a TCP hop
 * the test cuts, answer again without a restart, and an editor's text typed meanwhile is kept and saved.
 * On the real PostgreSQL only (the embedded database runs inside the test stack's own process).
 */

test.skip(!process.env.DATABASE_URL, "needs a PostgreSQL server (DATABASE_URL)");
test.setTimeout(240_000);

const OUTAGE_MS = 30_000;
const base = Number(process.env.E2E_PORT_BASE ?? 3100) + 50;

let database: TestDatabase;
let proxy: TcpProxy;
let mediaDir: string;
let apps: Awaited<ReturnType<typeof startApps>>;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  database = await createTestDatabase(process.env.DATABASE_URL, "outage");
  mediaDir = await mkdtemp(join(tmpdir(), "rightsdesk-outage-media-"));
  await seedDatabase(database.url, mediaDir);
  const url = new URL(database.url);
  proxy = await startTcpProxy({ host: url.hostname, port: Number(url.port || 5432) });
  url.host = `127.0.0.1:${proxy.port}`;
  apps = await startApps({ databaseUrl: url.toString(), authSecret: randomBytes(32).toString("base64url"), webPort: base, editorPort: base + 1, mediaDir });
});

test.afterAll(async () => {
  apps?.stop();
  await proxy?.close();
  await database?.drop().catch(() => {});
  if (mediaDir) await rm(mediaDir, { recursive: true, force: true });
});

test("while the database is away the editor keeps the text and says so, then saves it when the database is back", async ({ page }) => {
  const { email, password } = demoLogin("editor");
  await page.goto(`${apps.editorUrl}/login`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Articles" })).toBeVisible({ timeout: 30_000 });
  await page.goto(`${apps.editorUrl}/articles/new`);
  await page.getByLabel("Title").fill(uniqueTitle("Outage"));
  await page.getByRole("button", { name: "Create article" }).click();
  const body = page.getByRole("textbox", { name: "Body" });
  await body.click();
  await body.pressSequentially("Written before the outage.");
  await expect(saveState(page)).toContainText("All changes saved", { timeout: 15_000 });

  await proxy.down();
  const downAt = Date.now();
  await body.press("End");
  await body.pressSequentially(" Written while the database was away.");
  await expect(saveState(page)).toContainText("cannot be reached right now", { timeout: 20_000 });
  await expect(saveState(page)).toContainText("text is kept");
  // Readers of the public site get an answer, not a hung request.
  const reader = await page.request.get(`${apps.webUrl}/en/search?q=outage`, { timeout: 20_000 });
  expect(reader.status()).toBeLessThan(600);

  await page.waitForTimeout(Math.max(0, OUTAGE_MS - (Date.now() - downAt)));
  await proxy.up();

  // Autosave retries by itself; nothing was typed since, and nothing is lost.
  await expect(saveState(page)).toContainText("All changes saved", { timeout: 45_000 });
  await page.reload();
  await expect(page.getByRole("textbox", { name: "Body" })).toContainText("Written before the outage. Written while the database was away.");
  // Both apps answer again without a restart.
  expect((await page.request.get(`${apps.webUrl}/en/search?q=outage`)).status()).toBe(200);
  expect((await page.request.get(`${apps.editorUrl}/login`)).status()).toBe(200);
});
