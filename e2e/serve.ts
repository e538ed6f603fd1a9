// Playwright's web server: a fresh database with the demo content and both built apps on it.
// DATABASE_URL, if set, names the PostgreSQL server to create that database on.
import { randomBytes } from "node:crypto";
import { createTestDatabase } from "@rightsdesk/db/test-database";
import { seedDatabase, startApps } from "../scripts/stack/apps";
import { EDITOR_PORT, WEB_PORT } from "./ports";

// Scheduled publishing every second, so a test sees a scheduled version go live within its wait.
process.env.SCHEDULER_INTERVAL_MS ??= "1000";

const database = await createTestDatabase(process.env.DATABASE_URL, "e2e");
await seedDatabase(database.url);
const apps = await startApps({
  databaseUrl: database.url,
  authSecret: randomBytes(32).toString("base64url"),
  webPort: WEB_PORT,
  editorPort: EDITOR_PORT,
});
console.info(`e2e stack ready: ${apps.webUrl} ${apps.editorUrl}`);

async function shutdown() {
  apps.stop();
  await database.drop().catch(() => {});
  process.exit(0);
}
process.on("SIGTERM", () => void shutdown());
process.on("SIGINT", () => void shutdown());
