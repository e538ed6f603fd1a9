// The whole stack for a newcomer or a demo: database (embedded unless DATABASE_URL is set),
// migrations, demo content, then both apps. `npm start -- --dev` runs them in development mode.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { startEmbeddedPostgres } from "@rightsdesk/db/embedded";
import { applyMigrations } from "@rightsdesk/db/migrations";
import demoUsers from "../../prisma/demo-users.json" with { type: "json" };
import { repoRoot, runStep, seedDatabase, startApps } from "./apps";

const dev = process.argv.includes("--dev");
const dataDir = join(repoRoot, ".data");
mkdirSync(dataDir, { recursive: true });

/** A random secret for session cookies, made once per install and kept out of the repository. */
function authSecret(): string {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  const file = join(dataDir, "auth-secret");
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  return readFileSync(file, "utf8").trim();
}

const embedded = process.env.DATABASE_URL
  ? null
  : await startEmbeddedPostgres({ dataDir: join(dataDir, "pglite"), port: Number(process.env.EMBEDDED_DB_PORT ?? 54329) });
const databaseUrl = embedded ? embedded.url : String(process.env.DATABASE_URL);

let stopApps = () => {};
async function shutdown(code: number) {
  stopApps();
  // Closing PGlite flushes its data folder; killing it mid-write could lose the last changes.
  await embedded?.stop();
  process.exit(code);
}
process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));

try {
  const applied = await applyMigrations(databaseUrl);
  console.info(applied.length ? `Applied migrations: ${applied.join(", ")}` : "Database schema is up to date.");
  await seedDatabase(databaseUrl);
  if (!dev) await runStep("pnpm", ["turbo", "run", "build", "--filter=@rightsdesk/web", "--filter=@rightsdesk/editor"]);
  const apps = await startApps({ databaseUrl, authSecret: authSecret(), webPort: 3000, editorPort: 3001, dev, embeddedDatabase: embedded !== null });
  stopApps = apps.stop;
  const logins = demoUsers.users.map((u) => `    ${u.role.padEnd(11)} ${u.email}`).join("\n");
  console.info(`
RightsDesk is running.
  Public site: ${apps.webUrl}
  Editor:      ${apps.editorUrl}
  Demo logins (password "${demoUsers.password}"):
${logins}
  Database: ${embedded ? "embedded PGlite, data in .data/pglite (set DATABASE_URL to use your own PostgreSQL)" : "DATABASE_URL"}
Press Ctrl+C to stop.`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  await shutdown(1);
}
