import { createServer } from "node:net";
import { PGlite } from "@electric-sql/pglite";
import { btree_gin } from "@electric-sql/pglite/contrib/btree_gin";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export type EmbeddedPostgres = { url: string; stop: () => Promise<void> };

/** Asks the OS for a port nobody listens on. */
export function freePort(host = "127.0.0.1"): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, host, () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/**
 * PostgreSQL without installing PostgreSQL: PGlite (Postgres compiled to Wasm) served over the wire
 * protocol, so Prisma, psql and the migration engine connect to it like to any server.
 * `dataDir` keeps the data in a folder; without it the database lives in memory.
 */
export async function startEmbeddedPostgres(options: { dataDir?: string; port?: number } = {}): Promise<EmbeddedPostgres> {
  const host = "127.0.0.1";
  const port = options.port ?? (await freePort(host));
  // The extensions the public search's migration creates (PostgreSQL ships them in postgresql-contrib).
  const pg = await PGlite.create(options.dataDir ?? "memory://", { extensions: { btree_gin, pg_trgm, unaccent } });
  const server = new PGLiteSocketServer({ db: pg, host, port, maxConnections: 32 });
  await server.start();
  return {
    url: `postgresql://postgres:postgres@${host}:${port}/postgres?sslmode=disable`,
    stop: async () => {
      await server.stop();
      await pg.close();
    },
  };
}
