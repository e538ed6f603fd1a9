import { describe, expect, it } from "vitest";
import { listQueryFragments, matchesListQuery, registrySearchText, ZCaseListQuery, ZNamedListQuery, ZRegistryListQuery } from "./registry-list";

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

describe("registrySearchText and listQueryFragments", () => {
  const records = [
    ["Мухтар Аблязов", "Mukhtar Ablyazov", "Moukhtar Abliazov"],
    ["Muratbek Ketebayev", "Кетебаев Муратбек"],
    ["Extradition of Mukhtar Ablyazov from France"],
    ["Person 4321", "Персона 4321"],
    ["Персона 14321"],
  ];
  const queries = ["abl", "Абля", "mukhtar abl", "ablyazov mukhtar", "Ketebay", "Кетебаев", "blyaz", "extradition france", "Персона 4321", "персона 1", "4321", "Nobody", "x"];
  const found = (text: string, { anyOf, allOf }: { anyOf: string[]; allOf: string[] }) => anyOf.some((f) => text.includes(f)) || allOf.every((f) => text.includes(f));

  it("finds, as a database's LIKE would, every record the list's matching finds, and little else", () => {
    for (const texts of records) {
      const text = registrySearchText(texts);
      for (const query of queries) {
        if (matchesListQuery(query, texts)) expect(found(text, listQueryFragments(query)), `${query} in ${texts[0]}`).toBe(true);
      }
    }
    expect(found(registrySearchText(records[1] ?? []), listQueryFragments("Nobody"))).toBe(false);
    expect(found(registrySearchText(records[0] ?? []), listQueryFragments("Ketebayev"))).toBe(false);
  });
});
