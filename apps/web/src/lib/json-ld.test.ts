import { describe, expect, it } from "vitest";
import { breadcrumbJsonLd, newsArticleJsonLd, personJsonLd, serializeJsonLd } from "./json-ld";

const ablyazov = {
  name: "Мухтар Аблязов",
  variants: [
    { name: "Mukhtar Ablyazov", script: "latin" as const, locale: null, kind: "official" as const },
    { name: "Muchtar Abljasow", script: "latin" as const, locale: "de" as const, kind: "transliteration" as const },
  ],
  nationalities: ["KZ"],
};

describe("serializeJsonLd", () => {
  it("cannot close the script element or open a comment", () => {
    const text = serializeJsonLd({ name: "</script><script>alert(1)</script><!--" });
    expect(text).not.toMatch(/[<>]/);
    expect(text).toContain("\\u003c/script\\u003e");
  });

  it("escapes & and line separators", () => {
    expect(serializeJsonLd({ a: "R&D\u2028x\u2029" })).toBe('{"a":"R\\u0026D\\u2028x\\u2029"}');
  });

  it("reads back to the same data", () => {
    const data = { name: "<b>Aḷ & \"Bob\"</b>", list: [1, true, null], nested: { x: "\u2028" } };
    expect(JSON.parse(serializeJsonLd(data))).toEqual(data);
  });
});

describe("personJsonLd", () => {
  it("names the person as the reader sees them, with the other spellings as alternate names", () => {
    expect(personJsonLd(ablyazov, "en", "https://news.example.org/en/people/mukhtar-ablyazov")).toEqual({
      "@context": "https://schema.org",
      "@type": "Person",
      name: "Mukhtar Ablyazov",
      alternateName: ["Мухтар Аблязов", "Muchtar Abljasow"],
      nationality: [{ "@type": "Country", name: "Kazakhstan" }],
      url: "https://news.example.org/en/people/mukhtar-ablyazov",
    });
  });

  it("uses the reader's script and language for name and countries", () => {
    const ld = personJsonLd(ablyazov, "ru", "https://x.org/ru/people/mukhtar-ablyazov");
    expect(ld).toMatchObject({ name: "Мухтар Аблязов", alternateName: ["Mukhtar Ablyazov", "Muchtar Abljasow"], nationality: [{ name: "Казахстан" }] });
  });

  it("leaves out empty lists", () => {
    const ld = personJsonLd({ name: "Jane Doe", variants: [], nationalities: [] }, "en", "https://x.org/en/people/jane-doe");
    expect(ld).toEqual({ "@context": "https://schema.org", "@type": "Person", name: "Jane Doe", url: "https://x.org/en/people/jane-doe" });
  });
});

describe("newsArticleJsonLd and breadcrumbJsonLd", () => {
  it("describe an article and its place on the site as schema.org reads them", () => {
    const published = new Date("2017-02-16T12:00:00.000Z");
    expect(newsArticleJsonLd({ title: "ODF at the EP", summary: "", locale: "en", publishedAt: published }, "https://x.test/en/articles/a", null)).toEqual({
      "@context": "https://schema.org",
      "@type": "NewsArticle",
      headline: "ODF at the EP",
      inLanguage: "en",
      datePublished: "2017-02-16T12:00:00.000Z",
      mainEntityOfPage: "https://x.test/en/articles/a",
      url: "https://x.test/en/articles/a",
      publisher: { "@type": "Organization", name: "RightsDesk" },
    });
    expect(breadcrumbJsonLd([{ name: "Home", url: "https://x.test/en" }])).toEqual({
      "@context": "https://schema.org",
      "@type": "BreadcrumbList",
      itemListElement: [{ "@type": "ListItem", position: 1, name: "Home", item: "https://x.test/en" }],
    });
  });
});
