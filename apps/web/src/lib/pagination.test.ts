import { describe, expect, it } from "vitest";
import { pageHref, paginationLinks } from "./pagination";

const listing = (basePath: string) => (page: number) => pageHref(basePath, page);

describe("pageHref", () => {
  it("links page 1 to the listing itself and later pages below it", () => {
    expect(pageHref("/en", 1)).toBe("/en");
    expect(pageHref("/en", 2)).toBe("/en/page/2");
    expect(pageHref("/ru/tags/fr", 7)).toBe("/ru/tags/fr/page/7");
  });
});

describe("paginationLinks", () => {
  it("has neither link on a single page", () => {
    expect(paginationLinks(listing("/en"), 1, 1)).toEqual({ previous: null, next: null });
  });

  it("has only Next on the first page", () => {
    expect(paginationLinks(listing("/en"), 1, 3)).toEqual({ previous: null, next: "/en/page/2" });
  });

  it("has both in the middle, Previous to page 1 at the listing itself", () => {
    expect(paginationLinks(listing("/en"), 2, 3)).toEqual({ previous: "/en", next: "/en/page/3" });
    expect(paginationLinks(listing("/en/tags/asylum"), 3, 4)).toEqual({
      previous: "/en/tags/asylum/page/2",
      next: "/en/tags/asylum/page/4",
    });
  });

  it("has only Previous on the last page", () => {
    expect(paginationLinks(listing("/en"), 3, 3)).toEqual({ previous: "/en/page/2", next: null });
  });

  it("leads back to the last page from beyond it", () => {
    expect(paginationLinks(listing("/en"), 9, 3)).toEqual({ previous: "/en/page/3", next: null });
  });
});
