import { existsSync, mkdirSync } from "node:fs";
import { connect } from "node:net";
import { dirname, join, resolve } from "node:path";
import { startEmbeddedPostgres } from "@rightsdesk/db/embedded";
import { repoRoot } from "../stack/apps";

/*
 * The database and media folder that `npm start` uses: DATABASE_URL's PostgreSQL, or the embedded
 * PGlite data folder (.data/pglite). PGlite must not be opened by two processes at once, so while
 * `npm start` serves it, a backup reads it through that server and a restore is refused.
 */

export type Target = { url: string; mediaRoot: string; description: string; close: () => Promise<void> };

const embeddedDataDir = join(repoRoot, ".data", "pglite");
const embeddedPort = Number(process.env.EMBEDDED_DB_PORT ?? 54329);

/** Files named on the command line are relative to where `npm run` was typed, not to the repository. */
export function fromCommandLine(path: string): string {
  return resolve(process.env.INIT_CWD ?? process.cwd(), path);
}

/** `backups/<prefix>-<UTC time>.tar.gz` in the repository. */
export function defaultBackupFile(prefix: string): string {
  const stamp = new Date().toISOString().replace(/\.\d+Z$/, "Z").replaceAll(":", "-");
  return join(repoRoot, "backups", `${prefix}-${stamp}.tar.gz`);
}

function listening(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      done(true);
    });
    socket.once("error", () => done(false));
  });
}

export async function openTarget(purpose: "backup" | "restore"): Promise<Target> {
  const mediaRoot = resolve(process.env.MEDIA_DIR ?? join(repoRoot, ".data", "media"));
  if (process.env.DATABASE_URL) {
    return { url: process.env.DATABASE_URL, mediaRoot, description: "the PostgreSQL of DATABASE_URL", close: async () => {} };
  }
  if (await listening(embeddedPort)) {
    if (purpose === "restore") {
      throw new Error(`npm start is running on the embedded database (port ${embeddedPort}). Stop it (Ctrl+C), restore, then start it again.`);
    }
    return {
      url: `postgresql://postgres:postgres@127.0.0.1:${embeddedPort}/postgres?sslmode=disable`,
      mediaRoot,
      description: `the embedded database served by npm start on port ${embeddedPort}`,
      close: async () => {},
    };
  }
  if (purpose === "backup" && !existsSync(embeddedDataDir)) {
    throw new Error(`There is no embedded database in ${embeddedDataDir} to back up. Set DATABASE_URL to back up your PostgreSQL.`);
  }
  // A restore into a fresh clone makes the folder, as npm start would.
  mkdirSync(dirname(embeddedDataDir), { recursive: true });
  const embedded = await startEmbeddedPostgres({ dataDir: embeddedDataDir });
  return { url: embedded.url, mediaRoot, description: `the embedded database in ${embeddedDataDir}`, close: embedded.stop };
}
