import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client";
import { databasePoolMax, databaseUrl } from "./env";

function createClient(connectionString: string, max = databasePoolMax()) {
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString, max }),
    // A password hash is read only where credentials are checked, never by accident.
    omit: { user: { passwordHash: true } },
  });
}

export type Db = ReturnType<typeof createClient>;

// One client per process: Next.js dev reloads modules, which would otherwise open a new pool each time.
const globalForDb = globalThis as unknown as { rightsdeskDb?: Db };

export function db(): Db {
  globalForDb.rightsdeskDb ??= createClient(databaseUrl());
  return globalForDb.rightsdeskDb;
}

/** For scripts and tests that talk to a database other than the app's. */
export { createClient };

/** The client inside `db().$transaction(async (tx) => …)`, for helpers that must join a transaction. */
export type Tx = Parameters<Extract<Parameters<Db["$transaction"]>[0], (...args: never[]) => unknown>>[0];
