import { randomBytes } from "node:crypto";
import pg from "pg";
import { startEmbeddedPostgres } from "./embedded";
import { applyMigrations } from "./migrations";

export type TestDatabase = { url: string; drop: () => Promise<void> };

/** A database name no other run uses: `label` says whose it is. */
export const testDatabaseName = (label: string) => `rightsdesk_${label}_${Date.now()}_${randomBytes(3).toString("hex")}`;

/**
 * A new, migrated database for one test run: on the server of `serverUrl` (a fresh database next to
 * the one named there, called `name`), or, without one, in an in-memory embedded PostgreSQL.
 */
export async function createTestDatabase(serverUrl: string | undefined, label: string, name = testDatabaseName(label)): Promise<TestDatabase> {
  let database: TestDatabase;
  if (serverUrl) {
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    database = {
      url: url.toString(),
      drop: async () => {
        const client = new pg.Client({ connectionString: serverUrl });
        await client.connect();
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await client.end();
      },
    };
  } else {
    const embedded = await startEmbeddedPostgres();
    database = { url: embedded.url, drop: embedded.stop };
  }
  await applyMigrations(database.url);
  return database;
}
