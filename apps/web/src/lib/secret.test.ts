import { describe, expect, it } from "vitest";
import { secretMatches } from "./secret";

describe("secretMatches", () => {
  const secret = "a-long-shared-revalidation-secret";

  it("accepts the same secret only", () => {
    expect(secretMatches(secret, secret)).toBe(true);
    expect(secretMatches(`${secret}x`, secret)).toBe(false);
    expect(secretMatches(secret.slice(1), secret)).toBe(false);
    expect(secretMatches("", secret)).toBe(false);
  });

  it("refuses a missing header, and everything when the site has no secret", () => {
    expect(secretMatches(null, secret)).toBe(false);
    expect(secretMatches(secret, undefined)).toBe(false);
    expect(secretMatches("", undefined)).toBe(false);
  });
});
