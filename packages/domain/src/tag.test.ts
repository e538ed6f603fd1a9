import { describe, expect, it } from "vitest";
import { type Tag, tagLabel, tagSlug, ZTagInput } from "./tag";

const messages = (input: unknown): string[] => ZTagInput.safeParse(input).error?.issues.map((issue) => issue.message) ?? [];

describe("ZTagInput", () => {
  it("accepts a country tag and upper-cases its code", () => {
    const tag = ZTagInput.parse({ kind: "country", countryCode: "kz", labels: { en: "Kazakhstan", ru: "Казахстан" } });
    expect(tag).toEqual({ kind: "country", countryCode: "KZ", labels: { en: "Kazakhstan", ru: "Казахстан" } });
  });

  it("trims the code and the labels", () => {
    const tag = ZTagInput.parse({ kind: "country", countryCode: " pl ", labels: { en: "  Poland ", pl: " Polska" } });
    expect(tag).toEqual({ kind: "country", countryCode: "PL", labels: { en: "Poland", pl: "Polska" } });
  });

  it("refuses an unknown country code with a message", () => {
    const result = ZTagInput.safeParse({ kind: "country", countryCode: "XX", labels: { en: "Nowhere" } });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ path: ["countryCode"], message: 'Unknown country code "XX"' }),
    ]);
  });

  it("accepts a topic tag with a valid slug and labels in every language", () => {
    const labels = {
      en: "Extradition",
      ru: "Экстрадиция",
      pl: "Ekstradycja",
      fr: "Extradition",
      de: "Auslieferung",
      uk: "Екстрадиція",
    };
    expect(ZTagInput.parse({ kind: "topic", slug: "extradition", labels })).toEqual({ kind: "topic", slug: "extradition", labels });
  });

  it("refuses a topic tag with a bad slug", () => {
    expect(messages({ kind: "topic", slug: "Political Refugees", labels: { en: "Political refugees" } })).toEqual([
      "Slug may contain only lowercase latin letters, digits and single hyphens",
    ]);
  });

  it("requires an English label", () => {
    expect(messages({ kind: "topic", slug: "asylum", labels: { ru: "Убежище" } })).toEqual(['A label in "en" is required']);
    expect(messages({ kind: "country", countryCode: "FR", labels: {} })).toEqual(['A label in "en" is required']);
  });

  it("refuses blank and over-long labels", () => {
    expect(messages({ kind: "topic", slug: "asylum", labels: { en: "   " } })).toEqual(["Label is required"]);
    expect(ZTagInput.safeParse({ kind: "topic", slug: "asylum", labels: { en: "a".repeat(80) } }).success).toBe(true);
    expect(ZTagInput.safeParse({ kind: "topic", slug: "asylum", labels: { en: "a".repeat(81) } }).success).toBe(false);
  });

  it("refuses labels in languages the newsroom does not publish in", () => {
    expect(ZTagInput.safeParse({ kind: "topic", slug: "asylum", labels: { en: "Asylum", es: "Asilo" } }).success).toBe(false);
  });

  it("refuses an unknown kind, and a country tag without a code", () => {
    expect(ZTagInput.safeParse({ kind: "person", slug: "ablyazov", labels: { en: "Ablyazov" } }).success).toBe(false);
    expect(ZTagInput.safeParse({ kind: "country", labels: { en: "France" } }).success).toBe(false);
    expect(ZTagInput.safeParse({ kind: "topic", labels: { en: "Asylum" } }).success).toBe(false);
  });
});

describe("tagSlug", () => {
  it("is the lower-case code for a country tag and the slug for a topic", () => {
    expect(tagSlug(ZTagInput.parse({ kind: "country", countryCode: "GB", labels: { en: "United Kingdom" } }))).toBe("gb");
    expect(tagSlug(ZTagInput.parse({ kind: "topic", slug: "political-prisoners", labels: { en: "Political prisoners" } }))).toBe(
      "political-prisoners",
    );
  });
});

describe("tagLabel", () => {
  const tag: Pick<Tag, "labels" | "slug"> = { slug: "kz", labels: { en: "Kazakhstan", ru: "Казахстан", uk: "Казахстан" } };

  it("uses the reader's language when there is a label in it", () => {
    expect(tagLabel(tag, "ru")).toBe("Казахстан");
    expect(tagLabel(tag, "en")).toBe("Kazakhstan");
  });

  it("falls back to the English label", () => {
    expect(tagLabel(tag, "pl")).toBe("Kazakhstan");
    expect(tagLabel(tag, "de")).toBe("Kazakhstan");
  });

  it("falls back to the slug when there is no label at all", () => {
    expect(tagLabel({ slug: "kz", labels: {} }, "fr")).toBe("kz");
    expect(tagLabel({ slug: "asylum", labels: { ru: "Убежище" } }, "pl")).toBe("asylum");
  });
});
