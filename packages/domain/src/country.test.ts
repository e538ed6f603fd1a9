import { describe, expect, it } from "vitest";
import { COUNTRY_CODES, ZCountryCode } from "./country";

describe("COUNTRY_CODES", () => {
  it("lists the officially assigned ISO 3166-1 alpha-2 codes, each once", () => {
    expect(COUNTRY_CODES).toHaveLength(249);
    expect(new Set(COUNTRY_CODES).size).toBe(COUNTRY_CODES.length);
    for (const code of COUNTRY_CODES) expect(code).toMatch(/^[A-Z]{2}$/);
  });

  it("includes every country the foundation writes about", () => {
    for (const code of ["FR", "PL", "CZ", "ES", "IT", "AT", "LT", "GB", "US", "KZ", "RU", "UA", "BE", "DE"]) {
      expect(COUNTRY_CODES).toContain(code);
    }
  });
});

describe("ZCountryCode", () => {
  it.each([
    ["KZ", "KZ"],
    ["kz", "KZ"],
    ["Fr", "FR"],
    ["  ua ", "UA"],
  ])("accepts %j as %j", (input, expected) => {
    expect(ZCountryCode.parse(input)).toBe(expected);
  });

  it.each([["XX"], ["UK"], ["EU"], ["SU"], ["YU"]])("refuses the unassigned or reserved code %j", (code) => {
    const result = ZCountryCode.safeParse(code);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(`Unknown country code "${code}"`);
  });

  it("names the code in upper case in the message, as it was checked", () => {
    expect(ZCountryCode.safeParse(" xx ").error?.issues[0]?.message).toBe('Unknown country code "XX"');
  });

  it.each([[""], ["F"], ["FRA"], ["250"], [42], [null]])("refuses %j", (input) => {
    expect(ZCountryCode.safeParse(input).success).toBe(false);
  });
});
