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

  it("reads the order, and a position in it: a title (which may hold a '_') when sorted by title", () => {
    const query = ZArticleListQuery.parse({ sort: "title", after: encodeCursor({ title: "Asylum_granted: the ruling", id: "cm9xyz" }) });
    expect(query).toEqual({ q: "", sort: "title", after: { title: "Asylum_granted: the ruling", id: "cm9xyz" } });
    expect(isFilteredList(query)).toBe(false);
    expect(ZArticleListQuery.parse({ sort: "changed" }).sort).toBe("changed");
    expect(ZArticleListQuery.parse({ sort: "random" }).sort).toBeUndefined();
  });

  it("starts from the top when the position belongs to the other order (a link kept from before the order changed)", () => {
    expect(ZArticleListQuery.parse({ after: encodeCursor({ title: "Asylum granted", id: "cm9xyz" }) }).after).toBeUndefined();
    expect(ZArticleListQuery.parse({ sort: "changed", after: "Asylum granted_cm9xyz" }).after).toBeUndefined();
  });

  it("reads the outdated-translation filter, which narrows the list", () => {
    const query = ZArticleListQuery.parse({ translation: "outdated", locale: "pl" });
    expect(query).toEqual({ q: "", translation: "outdated", locale: "pl" });
    expect(isFilteredList(query)).toBe(true);
    expect(ZArticleListQuery.parse({ translation: "current" }).translation).toBeUndefined();
  });
});
