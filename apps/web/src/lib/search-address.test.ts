import { ZSearchParams } from "@rightsdesk/domain";
import { describe, expect, it } from "vitest";
import { searchHref, searchParamsFromKey, searchResultsPath } from "./search-address";

describe("searchHref", () => {
  it("keeps the query and the chosen filters, and leaves out the defaults", () => {
    expect(searchHref("en", ZSearchParams.parse({ q: "Аблязов & co" }))).toBe("/en/search?q=%D0%90%D0%B1%D0%BB%D1%8F%D0%B7%D0%BE%D0%B2+%26+co");
    expect(searchHref("ru", ZSearchParams.parse({ q: "asylum", type: "articles", country: "pl", topic: "extradition", year: "2017" }), 3)).toBe(
      "/ru/search?q=asylum&type=articles&country=PL&topic=extradition&year=2017&page=3",
    );
    expect(searchHref("de", ZSearchParams.parse({}))).toBe("/de/search");
  });
});

describe("searchResultsPath", () => {
  it("keys a search by its meaning, so the same search written differently is one cached page", () => {
    const a = searchResultsPath("en", new URLSearchParams("year=2017&q=%20asylum%20&type=all&page=1&unknown=x"));
    const b = searchResultsPath("en", new URLSearchParams("q=asylum&year=2017"));
    expect(a).toBe(b);
    expect(a).toMatch(/^\/en\/search\/results\/[A-Za-z0-9_-]+$/);
  });

  it("gives back the search it keys, in any script and with characters an address escapes", () => {
    for (const q of ["Аблязов", "100% & co/?#", "Храпунов"]) {
      const path = searchResultsPath("ru", new URLSearchParams({ q, country: "kz", page: "2" }));
      const key = path?.split("/").at(-1) ?? "";
      expect(searchParamsFromKey(key)).toEqual(ZSearchParams.parse({ q, country: "KZ", page: "2" }));
    }
  });

  it("leaves the search page itself, and searches too long to be kept, to be rendered per request", () => {
    expect(searchResultsPath("en", new URLSearchParams())).toBeNull();
    expect(searchResultsPath("en", new URLSearchParams("type=all&page=1"))).toBeNull();
    expect(searchResultsPath("en", new URLSearchParams({ q: "Ж".repeat(150) }))).toBeNull();
  });

  it("reads a key that is not one of ours as an empty search", () => {
    expect(searchParamsFromKey("!!not-base64!!")).toEqual(ZSearchParams.parse({}));
  });
});
