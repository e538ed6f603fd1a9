import { describe, expect, it } from "vitest";
import { formatUtc } from "./format-utc";

describe("formatUtc", () => {
  it("shows the time in UTC and says so", () => {
    expect(formatUtc(new Date("2026-05-01T09:00:05+02:00"))).toBe("1 May 2026, 07:00:05 UTC");
  });
});
