import { describe, expect, it } from "vitest";
import { personJsonLd, serializeJsonLd } from "./json-ld";

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
