import { describe, expect, it } from "vitest";
import { filterPeople, peopleFilterParam } from "./people-filter";

describe("peopleFilterParam", () => {
  it("reads a country (in any case) and a kind of protection", () => {
    expect(peopleFilterParam({ country: "kz", protection: "refugee_status" })).toEqual({ country: "KZ", protection: "refugee_status" });
  });

  it("ignores empty, unknown and hostile values", () => {
    expect(peopleFilterParam({ country: "", protection: "" })).toEqual({});
    expect(peopleFilterParam({ country: "XX", protection: "' OR 1=1 --" })).toEqual({});
    expect(peopleFilterParam({ country: ["PL", "FR"] })).toEqual({ country: "PL" });
  });
});

describe("filterPeople", () => {
  const aliya = { name: "Aliya", nationalities: ["KZ"], protectionTypes: ["refugee_status" as const] };
  const borys = { name: "Borys", nationalities: ["UA", "PL"], protectionTypes: [] };

  it("keeps everyone without a filter", () => {
    expect(filterPeople([aliya, borys], {})).toEqual([aliya, borys]);
  });

  it("keeps the people of the nationality and with the protection asked for", () => {
    expect(filterPeople([aliya, borys], { country: "PL" })).toEqual([borys]);
    expect(filterPeople([aliya, borys], { protection: "refugee_status" })).toEqual([aliya]);
    expect(filterPeople([aliya, borys], { country: "PL", protection: "refugee_status" })).toEqual([]);
  });
});
