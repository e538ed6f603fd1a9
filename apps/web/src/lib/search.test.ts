import { ZSearchParams } from "@rightsdesk/domain";
import { describe, expect, it } from "vitest";
import { searchHref } from "./search";

describe("searchHref", () => {
  it("keeps the query and the chosen filters, and leaves out the defaults", () => {
    expect(searchHref("en", ZSearchParams.parse({ q: "Аблязов & co" }))).toBe("/en/search?q=%D0%90%D0%B1%D0%BB%D1%8F%D0%B7%D0%BE%D0%B2+%26+co");
    expect(searchHref("ru", ZSearchParams.parse({ q: "asylum", type: "articles", country: "pl", topic: "extradition", year: "2017" }), 3)).toBe(
      "/ru/search?q=asylum&type=articles&country=PL&topic=extradition&year=2017&page=3",
    );
    expect(searchHref("de", ZSearchParams.parse({}))).toBe("/de/search");
  });
});
