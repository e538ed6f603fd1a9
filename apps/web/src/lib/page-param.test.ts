import { describe, expect, it } from "vitest";
import { pageParam, pageSegment } from "./page-param";

describe("pageParam", () => {
  it("reads ?page", () => {
    expect(pageParam({ page: "3" })).toBe(3);
  });

  it("is page 1 without ?page or with an unusable one", () => {
    expect(pageParam({})).toBe(1);
    expect(pageParam({ page: "0" })).toBe(1);
    expect(pageParam({ page: "-2" })).toBe(1);
    expect(pageParam({ page: "two" })).toBe(1);
    expect(pageParam({ page: "" })).toBe(1);
  });

  it("takes the first of a repeated ?page", () => {
    expect(pageParam({ page: ["4", "2"] })).toBe(4);
    expect(pageParam({ page: [] })).toBe(1);
  });
});

describe("pageSegment", () => {
  it("reads a later page's number", () => {
    expect(pageSegment("2")).toBe(2);
    expect(pageSegment("130")).toBe(130);
  });

  it("names no page for page 1, which lives at the listing's own address, or for anything but a whole number", () => {
    for (const value of ["1", "0", "01", "-2", "two", "", "2.5", "9999999"]) expect(() => pageSegment(value)).toThrow();
  });
});
