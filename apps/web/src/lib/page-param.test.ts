import { describe, expect, it } from "vitest";
import { pageParam } from "./page-param";

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
