import { Prisma } from "../generated/prisma/client";

/*
 * Whether a failure means the database cannot be reached right now (stopped, restarting, the network
 * gone, every connection busy), as opposed to a bug: the apps answer those with a 503 that says the
 * text is kept, and the editor's autosave retries until the database is back.
 */

// P1001 cannot reach, P1002/P1008 timed out, P1017 connection closed, P2024 no free connection, P2028 a transaction could not start.
const UNAVAILABLE_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024", "P2028"]);
// What the pg driver adapter reports when a connection fails or drops.
const UNAVAILABLE_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections", "TransactionAlreadyClosed"]);

function adapterErrorKind(meta: unknown): string | undefined {
  if (typeof meta !== "object" || meta === null || !("driverAdapterError" in meta)) return undefined;
  const adapterError: unknown = meta.driverAdapterError;
  if (typeof adapterError !== "object" || adapterError === null || !("cause" in adapterError)) return undefined;
  const cause: unknown = adapterError.cause;
  return typeof cause === "object" && cause !== null && "kind" in cause && typeof cause.kind === "string" ? cause.kind : undefined;
}

export function isDatabaseUnavailable(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientInitializationError) return true;
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    const kind = adapterErrorKind(error.meta);
    return UNAVAILABLE_CODES.has(error.code) || (kind !== undefined && UNAVAILABLE_KINDS.has(kind));
  }
  // Errors the driver raises outside a query (a connection dropped mid-transaction).
  return error instanceof Error && /ECONNREFUSED|ECONNRESET|Connection terminated|connection timeout/i.test(error.message);
}
