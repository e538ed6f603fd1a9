import { describe, expect, it } from "vitest";
import { cleanSearchQuery, foundCount, HIGHLIGHT_START as S, HIGHLIGHT_STOP as E, SEARCH_MATCH_CAP, SEARCH_QUERY_MAX_LENGTH, splitSnippet, ZSearchParams } from "./search";

describe("cleanSearchQuery", () => {
  it("keeps what a reader types in any script, with marks and quotes", () => {
    expect(cleanSearchQuery("  Аблязов   \"refugee status\" ")).toBe('Аблязов "refugee status"');
    expect(cleanSearchQuery("\u200Fمختار\u200E")).toBe("\u200Fمختار\u200E");
    expect(cleanSearchQuery("x' & | ! :* (")).toBe("x' & | ! :* (");
  });

  it("drops lone surrogates and control characters, keeps whole pairs", () => {
    expect(cleanSearchQuery("a\uD800b\uDC00c")).toBe("a b c");
    expect(cleanSearchQuery("nul\u0000here\u0002")).toBe("nul here");
    expect(cleanSearchQuery("🇵🇱 Warsaw")).toBe("🇵🇱 Warsaw");
  });

  it("cuts a query longer than anyone types", () => {
    expect(cleanSearchQuery("a".repeat(10_000))).toHaveLength(SEARCH_QUERY_MAX_LENGTH);
  });
});

describe("ZSearchParams", () => {
  it("reads a full search", () => {
    expect(ZSearchParams.parse({ q: "asylum", type: "articles", country: "pl", topic: "extradition", year: "2017", page: "2" })).toEqual({
      q: "asylum",
      type: "articles",
      country: "PL",
      topic: "extradition",
      year: 2017,
      page: 2,
    });
  });

  it("ignores unknown or malformed filters instead of failing, and takes the first of repeated ones", () => {
    expect(ZSearchParams.parse({ q: ["first", "second"], type: "secrets", country: "ZZ", topic: "Not a slug!", year: "0000", page: "-3" })).toEqual({
      q: "first",
      type: "all",
      page: 1,
    });
    expect(ZSearchParams.parse({})).toEqual({ q: "", type: "all", page: 1 });
  });
});

describe("splitSnippet", () => {
  it("separates the marked words from the text around them", () => {
    expect(splitSnippet(`Ablyazov was ${S}arrested${E} in ${S}France${E}.`)).toEqual([
      { text: "Ablyazov was ", match: false },
      { text: "arrested", match: true },
      { text: " in ", match: false },
      { text: "France", match: true },
      { text: ".", match: false },
    ]);
  });

  it("treats HTML in the text as text, and a snippet without marks as one part", () => {
    expect(splitSnippet("<script>alert(1)</script>")).toEqual([{ text: "<script>alert(1)</script>", match: false }]);
    expect(splitSnippet("")).toEqual([]);
  });
});

describe("foundCount", () => {
  it("writes the number of articles found, and a lower bound once the cap is reached", () => {
    expect(foundCount(0)).toBe("0");
    expect(foundCount(SEARCH_MATCH_CAP - 1)).toBe(String(SEARCH_MATCH_CAP - 1));
    expect(foundCount(SEARCH_MATCH_CAP)).toBe(`${SEARCH_MATCH_CAP}+`);
    expect(foundCount(3 * SEARCH_MATCH_CAP)).toBe(`${SEARCH_MATCH_CAP}+`);
  });
});
