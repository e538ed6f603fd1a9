import { describe, expect, it } from "vitest";
import { LOCALES, perLocale } from "./locale";

describe("perLocale", () => {
  it("gives every language its value, and nothing else", () => {
    const record = perLocale((locale) => locale.toUpperCase());
    expect(Object.keys(record).sort()).toEqual([...LOCALES].sort());
    expect(record.uk).toBe("UK");
  });
});
