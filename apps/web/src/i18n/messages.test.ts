import { LOCALES } from "@rightsdesk/domain";
import { describe, expect, it } from "vitest";
import { interpolate, MESSAGES, messages } from "./messages";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
const keys = Object.keys(MESSAGES.en).sort();

describe("messages", () => {
  it("has messages for every locale and no other", () => {
    expect(Object.keys(MESSAGES).sort()).toEqual([...LOCALES].sort());
  });

  it.each(LOCALES)("has every key, non-empty, in %s", (locale) => {
    const texts = messages(locale);
    expect(Object.keys(texts).sort()).toEqual(keys);
    for (const [key, text] of Object.entries(texts)) {
      expect(text.trim(), `${locale}.${key}`).not.toBe("");
    }
  });

  it.each(LOCALES)("uses the same placeholders in %s as in English", (locale) => {
    for (const key of keys) {
      const name = key as keyof typeof MESSAGES.en;
      expect(placeholders(messages(locale)[name]), `${locale}.${key}`).toEqual(placeholders(MESSAGES.en[name]));
    }
  });

  it("translates the empty state, not just copies the English", () => {
    for (const locale of LOCALES.filter((locale) => locale !== "en")) {
      expect(messages(locale).noArticles).not.toBe(MESSAGES.en.noArticles);
    }
  });
});

describe("interpolate", () => {
  it("fills in named values, numbers included", () => {
    expect(interpolate(MESSAGES.en.pageOf, { page: 2, count: 5 })).toBe("Page 2 of 5");
    expect(interpolate(MESSAGES.ru.pageOf, { page: 1, count: 3 })).toBe("Страница 1 из 3");
    expect(interpolate(MESSAGES.de.tagDescription, { tag: "Auslieferung" })).toBe("Artikel mit dem Schlagwort „Auslieferung“");
  });

  it("leaves a placeholder without a value as it is", () => {
    expect(interpolate("Page {page} of {count}", { page: 2 })).toBe("Page 2 of {count}");
  });

  it("does not treat values as templates", () => {
    expect(interpolate("{tag}", { tag: "{page}" })).toBe("{page}");
  });
});
