import { describe, expect, it } from "vitest";
import {
  detectScript,
  displayName,
  findDuplicateVariant,
  type NameVariant,
  normaliseName,
  type PersonWithInternal,
  personSlug,
  preferredName,
  toPublicPerson,
  ZNameVariant,
  ZPersonInput,
} from "./person";

const issues = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (result.error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]);

const variant = (name: string, script: NameVariant["script"], kind: NameVariant["kind"] = "transliteration", locale: NameVariant["locale"] = null) => ({
  name,
  script,
  locale,
  kind,
});

describe("detectScript", () => {
  it.each([
    ["Кетебаев Муратбек", "cyrillic"],
    ["Мұхтар Әблязов", "cyrillic"],
    ["Муратбек Ketebayev", "cyrillic"],
    ["Muratbek Ketebayev", "latin"],
    ["Jaromír Štětina", "latin"],
    ["Kazimierz Michał Ujazdowski", "latin"],
    ["穆赫塔尔", "other"],
    ["", "other"],
    ["123", "other"],
  ])("%j is %s", (name, script) => {
    expect(detectScript(name)).toBe(script);
  });
});

describe("normaliseName", () => {
  it("ignores case, spacing and the Unicode form", () => {
    expect(normaliseName("  KETEBAEV   Muratbek ")).toBe("ketebaev muratbek");
    expect(normaliseName("Jarom\u0069\u0301r")).toBe(normaliseName("Jarom\u00edr"));
  });
});

describe("findDuplicateVariant", () => {
  it("finds the second spelling of one name in one script", () => {
    const variants = [variant("Muratbek Ketebayev", "latin", "official"), variant("Кетебаев Муратбек", "cyrillic"), variant("muratbek  KETEBAYEV", "latin")];
    expect(findDuplicateVariant(variants)).toBe(variants[2]);
  });

  it("counts one name in the same script as a duplicate whatever the kind or language", () => {
    expect(findDuplicateVariant([variant("Ketebayev", "latin", "official", "en"), variant("Ketebayev", "latin", "former", "pl")])).not.toBeNull();
  });

  it("lets different names, or one name marked in two scripts, through", () => {
    expect(findDuplicateVariant([variant("Ketebayev", "latin"), variant("Ketabayev", "latin")])).toBeNull();
    expect(findDuplicateVariant([variant("Ketebayev", "latin"), variant("Ketebayev", "other")])).toBeNull();
    expect(findDuplicateVariant([])).toBeNull();
  });
});

describe("ZNameVariant", () => {
  it("takes a name, a script, a language or none, and a kind", () => {
    expect(ZNameVariant.parse({ name: " Mukhtar Ablyazov ", script: "latin", locale: "en", kind: "transliteration" })).toEqual({
      name: "Mukhtar Ablyazov",
      script: "latin",
      locale: "en",
      kind: "transliteration",
    });
    expect(ZNameVariant.safeParse({ name: "Ablyazov", script: "arabic", locale: null, kind: "official" }).success).toBe(false);
    expect(ZNameVariant.safeParse({ name: "Ablyazov", script: "latin", locale: "kk", kind: "official" }).success).toBe(false);
    expect(ZNameVariant.safeParse({ name: "Ablyazov", script: "latin", locale: null, kind: "nickname" }).success).toBe(false);
  });
});

describe("ZPersonInput", () => {
  const ketebayev = {
    name: "Кетебаев Муратбек",
    variants: [variant("Muratbek Ketebayev", "latin", "official"), variant("Muratbek Ketabayev", "latin", "former")],
    birth: "1963",
    nationalities: ["kz"],
    roles: ["opposition_politician", " Former security chief "],
    status: "in_exile",
    bio: { en: "Granted political refugee status in Poland.", ru: "  " },
    confidentiality: "public",
    internalNotes: { currentLocation: " Warsaw " },
  };

  it("accepts a person and normalises the fields", () => {
    expect(ZPersonInput.parse(ketebayev)).toEqual({
      ...ketebayev,
      birth: { year: 1963 },
      nationalities: ["KZ"],
      roles: ["opposition_politician", "Former security chief"],
      // The blank Russian bio is dropped rather than kept as an empty text.
      bio: { en: "Granted political refugee status in Poland." },
      internalNotes: { currentLocation: "Warsaw" },
      slug: "",
    });
  });

  it("needs only a name, and keeps a new person internal", () => {
    expect(ZPersonInput.parse({ name: "Igor Vinyavskiy" })).toEqual({
      name: "Igor Vinyavskiy",
      variants: [],
      birth: null,
      nationalities: [],
      roles: [],
      status: "unknown",
      bio: {},
      confidentiality: "internal",
      internalNotes: {},
      slug: "",
    });
  });

  it("requires a name of at most 200 characters", () => {
    expect(issues(ZPersonInput.safeParse({ name: "  " }))).toEqual([["name", "Name is required"]]);
    expect(issues(ZPersonInput.safeParse({}))).toEqual([["name", "Name is required"]]);
    expect(ZPersonInput.safeParse({ name: "n".repeat(200) }).success).toBe(true);
    expect(issues(ZPersonInput.safeParse({ name: "n".repeat(201) }))).toEqual([["name", "Name must be at most 200 characters"]]);
  });

  it("refuses a name listed twice in one script", () => {
    const variants = [...ketebayev.variants, variant("muratbek ketebayev", "latin", "transliteration", "pl")];
    expect(issues(ZPersonInput.safeParse({ ...ketebayev, variants }))).toEqual([["variants.2", 'Name "muratbek ketebayev" is listed twice']]);
  });

  it("refuses an impossible birth date", () => {
    expect(issues(ZPersonInput.safeParse({ ...ketebayev, birth: "1963-02-30" }))).toEqual([["birth", "Not a real date: 1963-02-30"]]);
    expect(issues(ZPersonInput.safeParse({ ...ketebayev, birth: "2016-13" }))).toEqual([["birth", "Not a real date: 2016-13"]]);
  });

  it("refuses unknown and repeated nationalities", () => {
    expect(issues(ZPersonInput.safeParse({ ...ketebayev, nationalities: ["KZ", "XX"] }))).toEqual([
      ["nationalities.1", 'Unknown country code "XX"'],
    ]);
    expect(issues(ZPersonInput.safeParse({ ...ketebayev, nationalities: ["KZ", "pl", "kz"] }))).toEqual([
      ["nationalities.2", 'Nationality "KZ" is listed twice'],
    ]);
  });

  it("takes free roles, but short, non-blank and each once", () => {
    expect(ZPersonInput.parse({ name: "X", roles: ["Former security chief of BTA Bank"] }).roles).toEqual(["Former security chief of BTA Bank"]);
    expect(issues(ZPersonInput.safeParse({ name: "X", roles: [" "] }))).toEqual([["roles.0", "Role is required"]]);
    expect(issues(ZPersonInput.safeParse({ name: "X", roles: ["r".repeat(61)] }))).toEqual([["roles.0", "Role must be at most 60 characters"]]);
    expect(issues(ZPersonInput.safeParse({ name: "X", roles: ["journalist", "Journalist"] }))).toEqual([
      ["roles.1", 'Role "Journalist" is listed twice'],
    ]);
  });

  it("limits bios and takes them only in the newsroom's languages", () => {
    expect(ZPersonInput.safeParse({ name: "X", bio: { en: "b".repeat(5000) } }).success).toBe(true);
    expect(issues(ZPersonInput.safeParse({ name: "X", bio: { en: "b".repeat(5001) } }))).toEqual([["bio.en", "Bio must be at most 5000 characters"]]);
    expect(ZPersonInput.safeParse({ name: "X", bio: { kk: "Био" } }).success).toBe(false);
  });

  it("refuses unknown statuses and confidentiality levels, and bad slugs", () => {
    expect(ZPersonInput.safeParse({ name: "X", status: "missing" }).success).toBe(false);
    expect(ZPersonInput.safeParse({ name: "X", confidentiality: "secret" }).success).toBe(false);
    expect(ZPersonInput.parse({ name: "X", slug: "ketebayev" }).slug).toBe("ketebayev");
    expect(ZPersonInput.safeParse({ name: "X", slug: "Кетебаев" }).success).toBe(false);
  });

  it("keeps only the three internal notes", () => {
    const parsed = ZPersonInput.parse({ name: "X", internalNotes: { riskAssessment: "High", phone: "+48 …" } });
    expect(parsed.internalNotes).toEqual({ riskAssessment: "High" });
  });
});

describe("toPublicPerson", () => {
  it("leaves out the internal notes, and anything else the stored person carries", () => {
    const stored = {
      id: "p1",
      slug: "muratbek-ketebayev",
      name: "Кетебаев Муратбек",
      variants: [variant("Muratbek Ketebayev", "latin", "official")],
      birth: { year: 1963 },
      nationalities: ["KZ"],
      roles: ["opposition_politician"],
      status: "in_exile",
      bio: { en: "Refugee in Poland." },
      confidentiality: "public",
      internalNotes: { currentLocation: "Warsaw", contactNotes: "Via his lawyer", riskAssessment: "High" },
      passportNumber: "N1234567",
    } satisfies PersonWithInternal & { passportNumber: string };
    const published = toPublicPerson(stored);
    expect(Object.keys(published).sort()).toEqual(
      ["bio", "birth", "confidentiality", "id", "name", "nationalities", "roles", "slug", "status", "variants"].sort(),
    );
    expect(JSON.stringify(published)).not.toMatch(/Warsaw|lawyer|High|N1234567/);
    expect(published.variants).toEqual(stored.variants);
    expect(published.variants).not.toBe(stored.variants);
  });
});

describe("personSlug", () => {
  it("transliterates a Cyrillic name when there is no Latin spelling", () => {
    expect(personSlug("Кетебаев Муратбек", [])).toBe("ketebaev-muratbek");
    expect(personSlug("Кетебаев", [variant("Кетебаев", "cyrillic", "official")])).toBe("ketebaev");
  });

  it("prefers the Latin official spelling, then a Latin transliteration", () => {
    const transliteration = variant("Muratbek Ketebayev", "latin", "transliteration");
    expect(personSlug("Кетебаев Муратбек", [transliteration])).toBe("muratbek-ketebayev");
    expect(personSlug("Кетебаев Муратбек", [transliteration, variant("Muratbek Ketebaev", "latin", "official")])).toBe("muratbek-ketebaev");
  });

  it("does not take a former name", () => {
    expect(personSlug("Кетебаев Муратбек", [variant("Muratbek Ketabayev", "latin", "former")])).toBe("ketebaev-muratbek");
  });

  it("keeps Latin letters with accents readable", () => {
    expect(personSlug("Aleksander Kwaśniewski", [])).toBe("aleksander-kwasniewski");
  });

  it("falls back to the name when the Latin variant leaves nothing, and to \"\" when nothing is left at all", () => {
    expect(personSlug("Кетебаев", [variant("!!!", "latin", "official")])).toBe("ketebaev");
    expect(personSlug("穆赫塔尔", [])).toBe("");
  });
});

describe("displayName", () => {
  const ablyazov = {
    name: "Mukhtar Ablyazov",
    variants: [
      variant("Мухтар Аблязов", "cyrillic", "transliteration", "ru"),
      variant("Мухтар Аблязов", "cyrillic", "transliteration", "uk"),
      variant("Moukhtar Abliazov", "latin", "transliteration", "fr"),
      variant("Мұхтар Әблязов", "cyrillic", "official"),
      variant("Abliazov", "latin", "former", "de"),
    ],
  };

  it("uses the spelling for the reader's language", () => {
    expect(displayName(ablyazov, "ru")).toBe("Мухтар Аблязов");
    expect(displayName(ablyazov, "fr")).toBe("Moukhtar Abliazov");
  });

  it("uses the canonical name for a reader of its script without a spelling of their own", () => {
    expect(displayName(ablyazov, "en")).toBe("Mukhtar Ablyazov");
    expect(displayName(ablyazov, "pl")).toBe("Mukhtar Ablyazov");
  });

  it("never shows a former name, even one marked for the reader's language", () => {
    expect(displayName(ablyazov, "de")).toBe("Mukhtar Ablyazov");
  });

  it("uses a spelling in the reader's script, the official one first, when the canonical name is in another", () => {
    const ketebayev = {
      name: "Кетебаев Муратбек",
      variants: [variant("Muratbek Ketebaev", "latin", "transliteration"), variant("Muratbek Ketebayev", "latin", "official")],
    };
    expect(displayName(ketebayev, "en")).toBe("Muratbek Ketebayev");
    expect(displayName(ketebayev, "pl")).toBe("Muratbek Ketebayev");
    expect(displayName(ketebayev, "ru")).toBe("Кетебаев Муратбек");
    expect(displayName({ name: "Кетебаев Муратбек", variants: [variant("Muratbek Ketebaev", "latin")] }, "de")).toBe("Muratbek Ketebaev");
  });

  it("falls back to the canonical name", () => {
    expect(displayName({ name: "Кетебаев Муратбек", variants: [] }, "en")).toBe("Кетебаев Муратбек");
    expect(displayName({ name: "Tatiana Paraskevich", variants: [] }, "uk")).toBe("Tatiana Paraskevich");
  });
});

describe("preferredName", () => {
  const variants = [variant("Мухтар Аблязов", "cyrillic", "official", "ru"), variant("Muchtar Ablazow", "latin", "transliteration", "pl")];

  it("picks the variant for the locale, else the locale's script, else the primary name", () => {
    expect(preferredName("Mukhtar Ablyazov", variants, "ru")).toBe("Мухтар Аблязов");
    expect(preferredName("Mukhtar Ablyazov", variants, "pl")).toBe("Muchtar Ablazow");
    expect(preferredName("Mukhtar Ablyazov", variants, "en")).toBe("Mukhtar Ablyazov");
    // Ukrainian readers read Cyrillic: the Russian spelling beats the Latin primary name.
    expect(preferredName("Mukhtar Ablyazov", variants, "uk")).toBe("Мухтар Аблязов");
    expect(preferredName("Mukhtar Ablyazov", [], "uk")).toBe("Mukhtar Ablyazov");
  });
});
