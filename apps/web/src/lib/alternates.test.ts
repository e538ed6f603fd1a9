import { describe, expect, it } from "vitest";
import { everyLanguage, hreflangLinks, pageAlternates } from "./alternates";
import { articlePath, personPath } from "./paths";

describe("pageAlternates", () => {
  it("lists only the given languages, in the switcher's order", () => {
    expect(pageAlternates(["ru", "de", "en"], (locale) => articlePath(locale, "paris"))).toEqual([
      { locale: "en", href: "/en/articles/paris" },
      { locale: "ru", href: "/ru/articles/paris" },
      { locale: "de", href: "/de/articles/paris" },
    ]);
  });

  it("lists every language for registry pages", () => {
    expect(everyLanguage((locale) => personPath(locale, "mukhtar-ablyazov")).map((a) => a.href)).toEqual([
      "/en/people/mukhtar-ablyazov",
      "/ru/people/mukhtar-ablyazov",
      "/pl/people/mukhtar-ablyazov",
      "/fr/people/mukhtar-ablyazov",
      "/de/people/mukhtar-ablyazov",
      "/uk/people/mukhtar-ablyazov",
    ]);
  });
});

describe("hreflangLinks", () => {
  it("has a link per language and x-default at the source language", () => {
    expect(hreflangLinks(pageAlternates(["en", "ru"], (locale) => articlePath(locale, "paris")))).toEqual({
      en: "/en/articles/paris",
      ru: "/ru/articles/paris",
      "x-default": "/en/articles/paris",
    });
  });

  it("points x-default at the first language when the source is not among them", () => {
    expect(hreflangLinks(pageAlternates(["uk", "pl"], (locale) => articlePath(locale, "paris")))["x-default"]).toBe("/pl/articles/paris");
  });

  it("is empty for a page in no language", () => {
    expect(hreflangLinks([])).toEqual({});
  });
});
