import { describe, expect, it } from "vitest";
import { z } from "zod";
import { dayParam, encodeKeyset, formatDay, keysetPage, keysetParam, ZTimeValue } from "./query-param";

describe("keysetParam", () => {
  const ZAfterName = keysetParam(z.string().min(1));

  it("reads a position written by encodeKeyset, whatever the sort value holds", () => {
    const at = new Date("2026-11-30T10:00:00.000Z");
    expect(keysetParam(ZTimeValue).parse(encodeKeyset(at, "cm1abc"))).toEqual({ value: at, id: "cm1abc" });
    expect(ZAfterName.parse(encodeKeyset("Ivan_Petrov Иванов", "cm2"))).toEqual({ value: "Ivan_Petrov Иванов", id: "cm2" });
  });

  it("takes a position it cannot read as the list's start", () => {
    expect(ZAfterName.parse("no-id-here")).toBeUndefined();
    expect(ZAfterName.parse("_cm2")).toBeUndefined();
    expect(ZAfterName.parse("Name_not an id")).toBeUndefined();
    expect(keysetParam(ZTimeValue).parse("yesterday_cm1")).toBeUndefined();
    expect(ZAfterName.parse(["A_cm1", "B_cm2"])).toEqual({ value: "A", id: "cm1" });
  });
});

describe("keysetPage", () => {
  const rows = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `id${i}`, name: `Name ${i}` }));

  it("cuts the extra line off and names the page's last line as the next start", () => {
    expect(keysetPage(rows(4), (row) => row.name, 3)).toEqual({ items: rows(3), next: "Name 2_id2" });
  });

  it("has no next page when the query found no extra line", () => {
    expect(keysetPage(rows(3), (row) => row.name, 3)).toEqual({ items: rows(3), next: null });
    expect(keysetPage([], (row: { id: string }) => row.id)).toEqual({ items: [], next: null });
  });
});

describe("dayParam", () => {
  it("reads a date field's day as its first instant in UTC, and ignores anything else", () => {
    const day = dayParam().parse("2026-02-28");
    expect(day).toEqual(new Date("2026-02-28T00:00:00.000Z"));
    expect(day && formatDay(day)).toBe("2026-02-28");
    expect(dayParam().parse("2026-02-30")).toBeUndefined();
    expect(dayParam().parse("28.02.2026")).toBeUndefined();
  });
});
