import { describe, expect, it } from "vitest";
import { pickLocalized } from "./localized";

describe("pickLocalized", () => {
  it("gives the reader's language when it is there", () => {
    expect(pickLocalized({ en: "Exile", ru: "Изгнание" }, "ru")).toEqual({ text: "Изгнание", locale: "ru", fallback: false });
  });

  it("falls back to English, marked as a fallback", () => {
    expect(pickLocalized({ en: "Exile", fr: "Exil" }, "pl")).toEqual({ text: "Exile", locale: "en", fallback: true });
  });

  it("treats an empty text as missing", () => {
    expect(pickLocalized({ en: "Exile", de: "" }, "de")).toEqual({ text: "Exile", locale: "en", fallback: true });
  });

  it("is null when there is neither", () => {
    expect(pickLocalized({ fr: "Exil" }, "de")).toBeNull();
    expect(pickLocalized({}, "en")).toBeNull();
  });
});
