// Playwright's web server: a fresh database with the demo content and both built apps on it.
// DATABASE_URL, if set, names the PostgreSQL server to create that database on.
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createTestDatabase } from "@rightsdesk/db/test-database";
import { seedDatabase, startApps } from "../scripts/stack/apps";
import { EDITOR_PORT, SECOND_WEB_PORT, WEB_PORT } from "./ports";

// Scheduled publishing every second, so a test sees a scheduled version go live within its wait.
process.env.SCHEDULER_INTERVAL_MS ??= "1000";

// Uploads of one run, the demo media among them, land in a folder of their own, removed at the end.
const mediaDir = await mkdtemp(join(tmpdir(), "rightsdesk-e2e-media-"));
const database = await createTestDatabase(process.env.DATABASE_URL, "e2e", process.env.E2E_DATABASE_NAME);
await seedDatabase(database.url, mediaDir);
// With REDIS_URL, two public sites share their cache through Redis, as several servers behind a load
// balancer would; the editor tells only the first one about changes. Keys of this run under a prefix of their own.
const sharedCache = Boolean(process.env.REDIS_URL);
if (sharedCache) process.env.REDIS_KEY_PREFIX = `rightsdesk-e2e-${randomBytes(4).toString("hex")}`;
const apps = await startApps({
  mediaDir,
  databaseUrl: database.url,
  authSecret: randomBytes(32).toString("base64url"),
  webPort: WEB_PORT,
  editorPort: EDITOR_PORT,
  embeddedDatabase: !process.env.DATABASE_URL,
  moreWebPorts: sharedCache ? [SECOND_WEB_PORT] : [],
});
console.info(`e2e stack ready: ${apps.webUrl} ${apps.editorUrl}`);

async function shutdown() {
  apps.stop();
  await database.drop().catch(() => {});
  await rm(mediaDir, { recursive: true, force: true });
  process.exit(0);
}
process.on("SIGTERM", () => void shutdown());
process.on("SIGINT", () => void shutdown());
