import { describe, expect, it } from "vitest";
import {
  carryBases,
  combineTranslatedTexts,
  labelState,
  outdatedTranslations,
  ZBioTranslationSave,
  ZEventTranslationSave,
  ZMarkLabelUpToDate,
  ZSaveLabelTranslation,
} from "./label-translation";

describe("labelState", () => {
  it("is missing without a translation", () => {
    expect(labelState({ source: "Asylum", translation: null, base: null })).toBe("missing");
    expect(labelState({ source: "Asylum", translation: "", base: "Asylum" })).toBe("missing");
  });

  it("is current when the translation was made from the English as it is now", () => {
    expect(labelState({ source: "Asylum", translation: "Убежище", base: "Asylum" })).toBe("current");
  });

  it("is outdated when the English changed since the base", () => {
    expect(labelState({ source: "Political asylum", translation: "Убежище", base: "Asylum" })).toBe("outdated");
  });

  it("treats a translation without a recorded base as outdated", () => {
    expect(labelState({ source: "Asylum", translation: "Убежище", base: null })).toBe("outdated");
  });
});

describe("outdatedTranslations", () => {
  it("lists the languages whose translation was made from other English, or from unknown English", () => {
    const texts = { en: "Released in 2016.", ru: "Освобождён в 2016 году.", pl: "Zwolniony.", fr: "Libéré en 2016." };
    expect(outdatedTranslations({ texts, bases: { ru: "Released in 2016.", pl: "Released." } })).toEqual(["pl", "fr"]);
    expect(outdatedTranslations({ texts: { ru: "Освобождён." }, bases: {} })).toEqual([]);
  });
});

describe("carryBases", () => {
  const before = { texts: { en: "Deported in 2013.", ru: "Депортирована в 2013 году.", pl: "Deportowana w 2013." }, bases: { ru: "Deported in 2013." } };

  it("keeps the base of an unchanged translation when only the English changed, so it becomes outdated", () => {
    expect(carryBases([before], { ...before.texts, en: "Deported to Kazakhstan in 2013." })).toEqual({ ru: "Deported in 2013." });
  });

  it("records the English saved with a new or changed translation", () => {
    const texts = { en: "Deported to Kazakhstan in 2013.", ru: "Депортирована в Казахстан в 2013 году.", pl: "Deportowana w 2013.", uk: "Депортована у 2013 році." };
    expect(carryBases([before], texts)).toEqual({ ru: "Deported to Kazakhstan in 2013.", uk: "Deported to Kazakhstan in 2013." });
  });

  it("drops the base of a removed translation and records none for English", () => {
    expect(carryBases([before], { en: "Deported in 2013." })).toEqual({});
  });

  it("finds a replaced timeline event's translation among all former events, preferring one with the same English", () => {
    const events = [
      { texts: { en: "Detained.", ru: "Задержан." }, bases: { ru: "Arrested." } },
      { texts: { en: "Released.", ru: "Задержан." }, bases: { ru: "Released." } },
    ];
    expect(carryBases(events, { en: "Released.", ru: "Задержан." })).toEqual({ ru: "Released." });
    expect(carryBases(events, { en: "Detained in Rome.", ru: "Задержан." })).toEqual({ ru: "Arrested." });
  });
});

describe("combineTranslatedTexts", () => {
  it("takes each translation with the base of the record it came from", () => {
    const survivor = { texts: { en: "Journalist.", ru: "Журналист." }, bases: { ru: "Journalist." } };
    const duplicate = { texts: { en: "Reporter.", ru: "Репортёр.", pl: "Reporter." }, bases: { ru: "Reporter.", pl: "Reporter." } };
    expect(combineTranslatedTexts(survivor, duplicate)).toEqual({
      texts: { en: "Journalist.", ru: "Журналист.", pl: "Reporter." },
      bases: { ru: "Journalist.", pl: "Reporter." },
    });
  });
});

describe("label translation input", () => {
  it("accepts a save in a translated language, trimming the text but not the translation it started from", () => {
    expect(ZSaveLabelTranslation.parse({ kind: "tag", id: "t1", locale: "ru", text: "  Убежище ", sourceText: "Asylum", previousTranslation: " Азил" })).toEqual({
      kind: "tag",
      id: "t1",
      locale: "ru",
      text: "Убежище",
      sourceText: "Asylum",
      previousTranslation: " Азил",
    });
  });

  it("refuses English, an empty text and a text longer than the kind allows", () => {
    const save = { previousTranslation: "" };
    expect(ZSaveLabelTranslation.safeParse({ ...save, kind: "bio", id: "p1", locale: "en", text: "Bio", sourceText: "Bio" }).success).toBe(false);
    expect(ZSaveLabelTranslation.safeParse({ ...save, kind: "bio", id: "p1", locale: "ru", text: "   ", sourceText: "Bio" }).success).toBe(false);
    const long = ZSaveLabelTranslation.safeParse({ ...save, kind: "tag", id: "t1", locale: "ru", text: "x".repeat(81), sourceText: "Asylum" });
    expect(long.success ? null : long.error.issues[0]?.path).toEqual(["text"]);
    expect(ZSaveLabelTranslation.safeParse({ ...save, kind: "bio", id: "p1", locale: "ru", text: "x".repeat(81), sourceText: "Bio" }).success).toBe(true);
  });

  it("needs the translation a save started from, so that a save over someone else's can be refused", () => {
    const missing = ZSaveLabelTranslation.safeParse({ kind: "tag", id: "t1", locale: "ru", text: "Убежище", sourceText: "Asylum" });
    expect(missing.success ? null : missing.error.issues[0]?.path).toEqual(["previousTranslation"]);
  });

  it("needs the reviewed English text and translation to mark up to date", () => {
    expect(ZMarkLabelUpToDate.safeParse({ kind: "event", id: "e1", locale: "pl", previousTranslation: "Zwolniony." }).success).toBe(false);
    expect(ZMarkLabelUpToDate.safeParse({ kind: "event", id: "e1", locale: "pl", sourceText: "Released." }).success).toBe(false);
    expect(ZMarkLabelUpToDate.parse({ kind: "event", id: "e1", locale: "pl", sourceText: "Released.", previousTranslation: "Zwolniony." }).kind).toBe("event");
  });
});

describe("translations saved from a record's page", () => {
  it("trim the text; an empty biography clears it, an empty event description is refused", () => {
    expect(ZBioTranslationSave.parse({ text: "  Журналистка. ", previousTranslation: "" })).toEqual({ text: "Журналистка.", previousTranslation: "" });
    expect(ZBioTranslationSave.parse({ text: " ", previousTranslation: "Журналистка." }).text).toBe("");
    expect(ZEventTranslationSave.safeParse({ text: " ", previousTranslation: "" }).error?.issues[0]?.message).toBe("The description is empty");
  });

  it("refuse a text beyond its length and a save that does not say what it started from", () => {
    expect(ZBioTranslationSave.safeParse({ text: "b".repeat(5001), previousTranslation: "" }).error?.issues[0]?.path).toEqual(["text"]);
    expect(ZEventTranslationSave.safeParse({ text: "e".repeat(2001), previousTranslation: "" }).error?.issues[0]?.path).toEqual(["text"]);
    expect(ZEventTranslationSave.safeParse({ text: "Arrested." }).error?.issues[0]).toMatchObject({ path: ["previousTranslation"], message: "Send the translation you started from" });
  });
});
