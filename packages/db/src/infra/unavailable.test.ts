import { describe, expect, it } from "vitest";
import { createClient } from "./client";
import { Prisma } from "../generated/prisma/client";
import { isDatabaseUnavailable } from "./unavailable";

describe("isDatabaseUnavailable", () => {
  it("recognises a database server that does not answer", async () => {
    // Port 1 on this machine: nothing listens, the connection is refused at once.
    const unreachable = createClient("postgresql://postgres@127.0.0.1:1/postgres", 1);
    const failure = await unreachable.user.count().catch((error: unknown) => error);
    expect(isDatabaseUnavailable(failure)).toBe(true);
    await unreachable.$disconnect();
  });

  it("does not take a bug or a refused write for an outage", () => {
    expect(isDatabaseUnavailable(new Prisma.PrismaClientKnownRequestError("Unique constraint failed", { code: "P2002", clientVersion: "7" }))).toBe(false);
    expect(isDatabaseUnavailable(new TypeError("Cannot read properties of undefined"))).toBe(false);
    expect(isDatabaseUnavailable("a string")).toBe(false);
  });

  it("recognises a connection that dropped", () => {
    expect(isDatabaseUnavailable(new Prisma.PrismaClientKnownRequestError("Server has closed the connection.", { code: "P1017", clientVersion: "7" }))).toBe(true);
    expect(isDatabaseUnavailable(new Error("Connection terminated unexpectedly"))).toBe(true);
  });
});
