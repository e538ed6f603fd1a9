import { describe, expect, it } from "vitest";
import { encodeCursor, isFilteredList, ZArticleListQuery } from "./article-list";

describe("ZArticleListQuery", () => {
  it("reads the search, the filters and the position in the list", () => {
    const updatedAt = new Date("2026-11-30T10:00:00.000Z");
    const query = ZArticleListQuery.parse({ q: "  Аблязов ", status: "draft", locale: "ru", tag: "extradition", author: "cm1abc", after: encodeCursor({ updatedAt, id: "cm9xyz" }) });
    expect(query).toEqual({ q: "Аблязов", status: "draft", locale: "ru", tag: "extradition", author: "cm1abc", after: { updatedAt, id: "cm9xyz" } });
    expect(isFilteredList(query)).toBe(true);
  });

  it("ignores what it cannot use, so a stale or hand-edited link shows the whole list", () => {
    const query = ZArticleListQuery.parse({ q: ["asylum", "x"], status: "lost", locale: "xx", tag: "Not a slug!", author: "'; drop", after: "yesterday_1" });
    expect(query).toEqual({ q: "asylum" });
    expect(isFilteredList(ZArticleListQuery.parse({ after: "2026-01-01T00:00:00.000Z_abc" }))).toBe(false);
  });

  it("reads the outdated-translation filter, which narrows the list", () => {
    const query = ZArticleListQuery.parse({ translation: "outdated", locale: "pl" });
    expect(query).toEqual({ q: "", translation: "outdated", locale: "pl" });
    expect(isFilteredList(query)).toBe(true);
    expect(ZArticleListQuery.parse({ translation: "current" }).translation).toBeUndefined();
  });
});
