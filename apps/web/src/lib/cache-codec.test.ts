import { describe, expect, it } from "vitest";
import { decodeCached, encodeCached } from "./cache-codec";

describe("the cache codec", () => {
  it("brings dates back as dates, at any depth, and leaves everything else as it was", () => {
    const value = {
      items: [{ slug: "a", publishedAt: new Date("2024-05-01T10:00:00.000Z"), tags: [{ slug: "at" }] }],
      page: 1,
      empty: null,
      when: new Date("2020-01-02T00:00:00.000Z"),
    };
    const decoded = decodeCached<typeof value>(encodeCached(value));
    expect(decoded).toEqual(value);
    expect(decoded.items[0]?.publishedAt).toBeInstanceOf(Date);
    expect(decoded.when.getTime()).toBe(value.when.getTime());
  });

  it("keeps null, which is how a missing article is cached", () => {
    expect(decodeCached(encodeCached(null))).toBeNull();
  });

  it("does not mistake a date-like string for a date", () => {
    expect(decodeCached(encodeCached({ title: "2024-05-01T10:00:00.000Z" }))).toEqual({ title: "2024-05-01T10:00:00.000Z" });
  });
});
