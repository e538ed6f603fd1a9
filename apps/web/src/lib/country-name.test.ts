import { describe, expect, it } from "vitest";
import { countryName, sortByCountry, sortByCountryName } from "./country-name";

describe("countryName", () => {
  it("names the country in the reader's language", () => {
    expect(countryName("PL", "en")).toBe("Poland");
    expect(countryName("PL", "ru")).toBe("Польша");
    expect(countryName("FR", "de")).toBe("Frankreich");
    expect(countryName("KZ", "uk")).toBe("Казахстан");
  });

  it("gives the code back rather than failing on a malformed one", () => {
    expect(countryName("not a code", "en")).toBe("not a code");
  });
});

describe("sortByCountryName", () => {
  it("orders by the localised name, not the code", () => {
    // DE is "Germany" in English but "Allemagne" in French.
    expect(sortByCountryName(["DE", "FR", "AT"], "en")).toEqual(["AT", "FR", "DE"]);
    expect(sortByCountryName(["DE", "FR", "AT"], "fr")).toEqual(["DE", "AT", "FR"]);
  });
});

describe("sortByCountry", () => {
  it("orders rows by country name and keeps the order within a country", () => {
    const rows = [
      { state: "PL", year: 2014 },
      { state: "ES", year: 2015 },
      { state: "PL", year: 2012 },
      { state: "CZ", year: 2013 },
    ];
    expect(sortByCountry(rows, (row) => row.state, "en")).toEqual([
      { state: "CZ", year: 2013 },
      { state: "PL", year: 2014 },
      { state: "PL", year: 2012 },
      { state: "ES", year: 2015 },
    ]);
  });
});
