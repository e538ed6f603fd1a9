import { LOCALES } from "@rightsdesk/domain";
import { describe, expect, it } from "vitest";
import { sitemapEntries, type SitemapData } from "./sitemap";

const none: SitemapData["articles"] = { en: [], ru: [], pl: [], fr: [], de: [], uk: [] };
const noTags: SitemapData["tags"] = { en: [], ru: [], pl: [], fr: [], de: [], uk: [] };
const published = new Date("2017-01-08T12:00:00Z");
const origin = "https://news.example.org";

describe("sitemapEntries", () => {
  const entries = sitemapEntries(new URL(origin), {
    articles: { ...none, en: [{ slug: "open-dialog", publishedAt: published }], ru: [{ slug: "open-dialog", publishedAt: published }] },
    tags: { ...noTags, en: ["kazakhstan"] },
    persons: ["mukhtar-ablyazov"],
    cases: ["ablyazov-extradition-france"],
  });
  const urls = entries.map((entry) => entry.url);

  it("lists home, the indexes, people and cases in every language", () => {
    for (const locale of LOCALES) {
      for (const path of ["", "/archive", "/tags", "/people", "/cases", "/protections", "/organisations"]) {
        expect(urls).toContain(`${origin}/${locale}${path}`);
      }
      expect(urls).toContain(`${origin}/${locale}/people/mukhtar-ablyazov`);
      expect(urls).toContain(`${origin}/${locale}/cases/ablyazov-extradition-france`);
    }
  });

  it("lists an article and a tag only in the languages they are published in", () => {
    expect(urls.filter((url) => url.includes("/articles/"))).toEqual([`${origin}/en/articles/open-dialog`, `${origin}/ru/articles/open-dialog`]);
    expect(urls.filter((url) => url.includes("/tags/"))).toEqual([`${origin}/en/tags/kazakhstan`]);
    expect(entries.find((entry) => entry.url.endsWith("/en/articles/open-dialog"))?.lastModified).toEqual(published);
  });

  it("names every page's versions in the other languages, with x-default the English one", () => {
    expect(entries.find((entry) => entry.url === `${origin}/ru/articles/open-dialog`)?.alternates?.languages).toEqual({
      en: `${origin}/en/articles/open-dialog`,
      ru: `${origin}/ru/articles/open-dialog`,
      "x-default": `${origin}/en/articles/open-dialog`,
    });
    const person = entries.find((entry) => entry.url === `${origin}/de/people/mukhtar-ablyazov`);
    expect(Object.keys(person?.alternates?.languages ?? {})).toEqual([...LOCALES, "x-default"]);
  });

  it("lists each page once", () => {
    expect(new Set(urls).size).toBe(urls.length);
    expect(urls).toHaveLength(LOCALES.length * 9 + 3);
  });
});
