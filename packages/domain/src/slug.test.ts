import { describe, expect, it } from "vitest";
import { SLUG_MAX_LENGTH, slugify, uniqueSlug, ZSlug } from "./slug";

const slugMessage = (input: unknown): string | undefined => ZSlug.safeParse(input).error?.issues[0]?.message;

describe("slugify", () => {
  it.each([
    ["Mukhtar Ablyazov released", "mukhtar-ablyazov-released"],
    ["Kwaśniewski", "kwasniewski"],
    ["Aleksander Kwaśniewski", "aleksander-kwasniewski"],
    ["Łódź, Święcicki i Złoty", "lodz-swiecicki-i-zloty"],
    ["Paweł Gałązka", "pawel-galazka"],
    ["Conseil d'État refuse", "conseil-d-etat-refuse"],
    ["Jaromír Štětina", "jaromir-stetina"],
    ["Fernando Maura Barandiarán, Audiencia Nacional", "fernando-maura-barandiaran-audiencia-nacional"],
    ["Straße, Œuvre, Æsir, Søren, Đorđe", "strasse-oeuvre-aesir-soren-dorde"],
  ])("turns Latin with diacritics %j into %j", (input, expected) => {
    expect(slugify(input)).toBe(expected);
  });

  it.each([
    ["Кетебаев", "ketebaev"],
    ["Мухтар Аблязов", "mukhtar-ablyazov"],
    ["Щука, Юля и Ёжик", "shchuka-yulya-i-ezhik"],
    ["Подъезд Объявление", "podezd-obyavlenie"],
    ["Цыганков Чехия Шымкент", "tsygankov-chekhiya-shymkent"],
  ])("transliterates Russian %j into %j", (input, expected) => {
    expect(slugify(input)).toBe(expected);
  });

  it.each([
    // One scheme for both languages, so Ukrainian и is "i" and ї is "yi" (not the national "Kyiv" standard).
    ["Київ", "kiyiv"],
    ["Їжак і Єва", "yizhak-i-yeva"],
    ["Ґанок", "ganok"],
    ["Правозахисники України", "pravozakhisniki-ukrayini"],
  ])("transliterates Ukrainian %j into %j", (input, expected) => {
    expect(slugify(input)).toBe(expected);
  });

  it.each([
    ["Қазақстан", "kazakstan"],
    ["Жаңаөзен", "zhanaozen"],
    ["Нұрсұлтан Назарбаев", "nursultan-nazarbaev"],
    ["Әлихан Бөкейхан", "alikhan-bokeikhan"],
    ["Ғалым Үмбетов", "galym-umbetov"],
    ["Беларусь, Ўзбекістан", "belarus-uzbekistan"],
    ["Qazaqstan Respublıkası", "qazaqstan-respublikasi"],
  ])("keeps Kazakh and Belarusian letters %j as %j instead of dropping them", (input, expected) => {
    expect(slugify(input)).toBe(expected);
  });

  it("mixes scripts, digits and punctuation into single hyphens", () => {
    expect(slugify("  ODF в Страсбурге — 14–16.02.2017!  ")).toBe("odf-v-strasburge-14-16-02-2017");
    expect(slugify("Ablyazov's arrest (31 July 2013)")).toBe("ablyazov-s-arrest-31-july-2013");
    expect(slugify("UPPER case")).toBe("upper-case");
  });

  it.each([[""], ["   "], ["!!! --- ???"], ["«»—…"], ["🙂🙂"]])("returns an empty string for %j", (input) => {
    expect(slugify(input)).toBe("");
  });

  it("cuts long titles to the maximum length without a trailing hyphen", () => {
    const long = slugify("a".repeat(300));
    expect(long).toHaveLength(SLUG_MAX_LENGTH);

    // 32 × "ab-" is 96 characters ending in a hyphen: the cut must drop it.
    const words = slugify("ab ".repeat(60));
    expect(words.length).toBeLessThanOrEqual(SLUG_MAX_LENGTH);
    expect(words.endsWith("-")).toBe(false);
    expect(words).toBe(Array.from({ length: 32 }, () => "ab").join("-"));
  });

  it("always produces a slug that ZSlug accepts when something is left", () => {
    for (const title of ["Kwaśniewski", "Кетебаев", "x".repeat(500), "a - b", "Ł", "-- Київ --", "ab ".repeat(100)]) {
      const slug = slugify(title);
      expect(ZSlug.safeParse(slug).success, `${title} → ${slug}`).toBe(true);
    }
  });
});

describe("uniqueSlug", () => {
  it("keeps the base when it is free", () => {
    expect(uniqueSlug("ablyazov", new Set())).toBe("ablyazov");
    expect(uniqueSlug("ablyazov", new Set(["other"]))).toBe("ablyazov");
  });

  it("numbers from 2 and skips taken numbers", () => {
    expect(uniqueSlug("ablyazov", new Set(["ablyazov"]))).toBe("ablyazov-2");
    expect(uniqueSlug("ablyazov", new Set(["ablyazov", "ablyazov-2", "ablyazov-3"]))).toBe("ablyazov-4");
  });

  it("does not care about gaps after the first free number", () => {
    expect(uniqueSlug("a", new Set(["a", "a-3"]))).toBe("a-2");
  });

  it("shortens a maximum-length base so that the suffix fits", () => {
    const base = "x".repeat(SLUG_MAX_LENGTH);
    const slug = uniqueSlug(base, new Set([base]));
    expect(slug).toHaveLength(SLUG_MAX_LENGTH);
    expect(slug.endsWith("-2")).toBe(true);
    expect(ZSlug.safeParse(slug).success).toBe(true);
  });

  it("does not leave a double hyphen when the cut falls after a hyphen", () => {
    const base = `${"x".repeat(SLUG_MAX_LENGTH - 3)}-yy`;
    const slug = uniqueSlug(base, new Set([base]));
    expect(slug).toBe(`${"x".repeat(SLUG_MAX_LENGTH - 3)}-2`);
    expect(ZSlug.safeParse(slug).success).toBe(true);
  });

  it("keeps longer suffixes within the limit too", () => {
    const base = "y".repeat(SLUG_MAX_LENGTH);
    const numbered = (n: number) => `${"y".repeat(SLUG_MAX_LENGTH - String(n).length - 1)}-${n}`;
    const taken = new Set([base, ...Array.from({ length: 9 }, (_, i) => numbered(i + 2))]);
    const slug = uniqueSlug(base, taken);
    expect(slug).toBe(numbered(11));
    expect(slug).toBe(`${"y".repeat(SLUG_MAX_LENGTH - 3)}-11`);
    expect(slug).toHaveLength(SLUG_MAX_LENGTH);
  });
});

describe("ZSlug", () => {
  it.each([["ablyazov"], ["odf-strasbourg-2017"], ["fr"], ["2017"], ["a-1-b"]])("accepts %j", (slug) => {
    expect(ZSlug.parse(slug)).toBe(slug);
  });

  it("trims surrounding spaces", () => {
    expect(ZSlug.parse("  paris-meeting  ")).toBe("paris-meeting");
  });

  it("requires a slug", () => {
    expect(slugMessage("")).toBe("Slug is required");
    expect(slugMessage("   ")).toBe("Slug is required");
  });

  it("limits the length", () => {
    expect(ZSlug.safeParse("a".repeat(SLUG_MAX_LENGTH)).success).toBe(true);
    expect(slugMessage("a".repeat(SLUG_MAX_LENGTH + 1))).toBe(`Slug must be at most ${SLUG_MAX_LENGTH} characters`);
  });

  it.each([["Paris"], ["paris meeting"], ["paris--meeting"], ["-paris"], ["paris-"], ["kwaśniewski"], ["кетебаев"], ["a_b"]])(
    "refuses %j with a message saying what is allowed",
    (slug) => {
      expect(slugMessage(slug)).toBe("Slug may contain only lowercase latin letters, digits and single hyphens");
    },
  );

  it("refuses what is not a string", () => {
    expect(ZSlug.safeParse(42).success).toBe(false);
    expect(ZSlug.safeParse(undefined).success).toBe(false);
  });
});
