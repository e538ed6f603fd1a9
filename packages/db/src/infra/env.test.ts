import { afterEach, describe, expect, it } from "vitest";
import { databasePoolMax } from "./env";

describe("databasePoolMax", () => {
  const before = process.env.DATABASE_POOL_MAX;
  afterEach(() => {
    if (before === undefined) delete process.env.DATABASE_POOL_MAX;
    else process.env.DATABASE_POOL_MAX = before;
  });

  it("leaves the driver's default when unset or empty", () => {
    delete process.env.DATABASE_POOL_MAX;
    expect(databasePoolMax()).toBeUndefined();
    process.env.DATABASE_POOL_MAX = "";
    expect(databasePoolMax()).toBeUndefined();
  });

  it("reads a whole number of connections and refuses anything else", () => {
    process.env.DATABASE_POOL_MAX = "1";
    expect(databasePoolMax()).toBe(1);
    process.env.DATABASE_POOL_MAX = "0";
    expect(() => databasePoolMax()).toThrow("DATABASE_POOL_MAX must be at least 1");
    process.env.DATABASE_POOL_MAX = "many";
    expect(() => databasePoolMax()).toThrow("DATABASE_POOL_MAX must be a number");
  });
});
