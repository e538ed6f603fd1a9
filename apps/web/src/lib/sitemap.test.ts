import { LOCALES } from "@rightsdesk/domain";
import { describe, expect, it } from "vitest";
import { sitemapEntries, type SitemapData } from "./sitemap";

const noArticles: SitemapData["articles"] = { en: [], ru: [], pl: [], fr: [], de: [], uk: [] };
const published = new Date("2017-01-08T12:00:00Z");

describe("sitemapEntries", () => {
  const entries = sitemapEntries(new URL("https://news.example.org"), {
    articles: { ...noArticles, en: [{ slug: "open-dialog", publishedAt: published }], ru: [{ slug: "open-dialog", publishedAt: published }] },
    persons: ["mukhtar-ablyazov"],
    cases: ["ablyazov-extradition-france"],
  });
  const urls = entries.map((entry) => entry.url);

  it("lists home, protections, people and cases in every language", () => {
    for (const locale of LOCALES) {
      expect(urls).toContain(`https://news.example.org/${locale}`);
      expect(urls).toContain(`https://news.example.org/${locale}/protections`);
      expect(urls).toContain(`https://news.example.org/${locale}/people/mukhtar-ablyazov`);
      expect(urls).toContain(`https://news.example.org/${locale}/cases/ablyazov-extradition-france`);
    }
  });

  it("lists an article only in the languages it is published in", () => {
    expect(urls.filter((url) => url.includes("/articles/"))).toEqual([
      "https://news.example.org/en/articles/open-dialog",
      "https://news.example.org/ru/articles/open-dialog",
    ]);
    expect(entries.find((entry) => entry.url.endsWith("/en/articles/open-dialog"))?.lastModified).toEqual(published);
  });

  it("lists each page once", () => {
    expect(new Set(urls).size).toBe(urls.length);
    expect(urls).toHaveLength(LOCALES.length * 4 + 2);
  });
});
