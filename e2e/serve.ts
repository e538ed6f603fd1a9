// Playwright's web server: a fresh database with the demo content and both built apps on it.
// DATABASE_URL, if set, names the PostgreSQL server to create that database on.
import { randomBytes } from "node:crypto";
import { createTestDatabase } from "@rightsdesk/db/test-database";
import { seedDatabase, startApps } from "../scripts/stack/apps";

const database = await createTestDatabase(process.env.DATABASE_URL, "e2e");
await seedDatabase(database.url);
const apps = await startApps({
  databaseUrl: database.url,
  authSecret: randomBytes(32).toString("base64url"),
  webPort: 3100,
  editorPort: 3101,
});
console.info(`e2e stack ready: ${apps.webUrl} ${apps.editorUrl}`);

async function shutdown() {
  apps.stop();
  await database.drop().catch(() => {});
  process.exit(0);
}
process.on("SIGTERM", () => void shutdown());
process.on("SIGINT", () => void shutdown());
