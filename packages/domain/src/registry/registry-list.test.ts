import { describe, expect, it } from "vitest";
import { matchesListQuery, ZCaseListQuery, ZNamedListQuery, ZRegistryListQuery } from "./registry-list";

describe("matchesListQuery", () => {
  const ablyazov = ["Mukhtar Ablyazov", "Мухтар Аблязов", "Moukhtar Abliazov"];

  it("finds a person under any script or romanisation of a name", () => {
    expect(matchesListQuery("аблязов", ablyazov)).toBe(true);
    expect(matchesListQuery("Abliazov", ablyazov)).toBe(true);
    expect(matchesListQuery("Ketebayev", ablyazov)).toBe(false);
  });

  it("finds a title by every word of the query, and everything without one", () => {
    expect(matchesListQuery("extradition france", ["Extradition of Mukhtar Ablyazov from France"])).toBe(true);
    expect(matchesListQuery("extradition spain", ["Extradition of Mukhtar Ablyazov from France"])).toBe(false);
    expect(matchesListQuery("", [])).toBe(true);
  });
});

describe("ZRegistryListQuery", () => {
  it("reads a name and a country, ignoring what it cannot use", () => {
    expect(ZRegistryListQuery.parse({ q: "  Аблязов  ", country: "kz" })).toEqual({ q: "Аблязов", country: "KZ" });
    expect(ZRegistryListQuery.parse({ q: ["x", "y"], country: "Narnia" })).toEqual({ q: "x" });
  });

  it("pages people and organisations after a name and cases after a time", () => {
    expect(ZNamedListQuery.parse({ q: "abl", after: "Mukhtar Ablyazov_cm1" })).toEqual({ q: "abl", after: { value: "Mukhtar Ablyazov", id: "cm1" } });
    const at = new Date("2026-11-30T10:00:00.000Z");
    expect(ZCaseListQuery.parse({ country: "FR", after: `${at.toISOString()}_cm2` })).toEqual({ q: "", country: "FR", after: { value: at, id: "cm2" } });
    expect(ZCaseListQuery.parse({ after: "Mukhtar Ablyazov_cm1" }).after).toBeUndefined();
  });
});
