import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { type MergeablePerson, planPersonMerge } from "./merge";
import { findDuplicateVariant } from "./person";

// The seed articles spell him Ketebayev and Ketabayev: the kind of slip that makes two records of one man.
const survivor: MergeablePerson = {
  id: "p1",
  name: "Muratbek Ketebayev",
  variants: [{ name: "Кетебаев Муратбек", script: "cyrillic", locale: "ru", kind: "official" }],
  nationalities: ["KZ"],
  roles: ["opposition_politician"],
};

describe("planPersonMerge", () => {
  it("refuses to merge a person into itself", () => {
    expect(() => planPersonMerge(survivor, { ...survivor })).toThrow(AppError);
    expect(() => planPersonMerge(survivor, survivor)).toThrow("A person cannot be merged into itself");
    try {
      planPersonMerge(survivor, survivor);
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe("validation");
    }
  });

  it("keeps the duplicate's spelling in the same script as a former name", () => {
    const plan = planPersonMerge(survivor, { id: "p2", name: "Muratbek Ketabayev", variants: [], nationalities: [], roles: [] });
    expect(plan).toEqual({
      survivorId: "p1",
      duplicateId: "p2",
      variants: [...survivor.variants, { name: "Muratbek Ketabayev", script: "latin", locale: null, kind: "former" }],
      nationalities: ["KZ"],
      roles: ["opposition_politician"],
    });
  });

  it("keeps the duplicate's name in another script as a transliteration", () => {
    const plan = planPersonMerge(
      { ...survivor, variants: [] },
      { id: "p2", name: "Кетебаев Муратбек", variants: [], nationalities: [], roles: [] },
    );
    expect(plan.variants).toEqual([{ name: "Кетебаев Муратбек", script: "cyrillic", locale: null, kind: "transliteration" }]);
  });

  it("adds nothing the survivor already has, its canonical name included", () => {
    const plan = planPersonMerge(survivor, {
      id: "p2",
      name: "кетебаев  муратбек",
      variants: [
        { name: "MURATBEK KETEBAYEV", script: "latin", locale: "en", kind: "transliteration" },
        { name: "Кетебаев Муратбек", script: "cyrillic", locale: null, kind: "transliteration" },
      ],
      nationalities: [],
      roles: [],
    });
    expect(plan.variants).toEqual(survivor.variants);
  });

  it("unites the variants without duplicates, the survivor's first", () => {
    const plan = planPersonMerge(survivor, {
      id: "p2",
      name: "Muratbek Ketabayev",
      variants: [
        { name: "Muratbek Ketebaev", script: "latin", locale: "pl", kind: "transliteration" },
        { name: "muratbek ketebaev", script: "latin", locale: "de", kind: "transliteration" },
        { name: "Кетебаев Муратбек", script: "cyrillic", locale: null, kind: "former" },
      ],
      nationalities: [],
      roles: [],
    });
    expect(plan.variants.map((variant) => variant.name)).toEqual(["Кетебаев Муратбек", "Muratbek Ketebaev", "Muratbek Ketabayev"]);
    expect(plan.variants[0]).toEqual(survivor.variants[0]);
    expect(findDuplicateVariant(plan.variants)).toBeNull();
  });

  it("unites nationalities and roles, each once, the survivor's first", () => {
    const plan = planPersonMerge(
      { ...survivor, nationalities: ["KZ"], roles: ["opposition_politician", "Businessman"] },
      { id: "p2", name: "Muratbek Ketabayev", variants: [], nationalities: ["PL", "KZ"], roles: ["businessman", "activist"] },
    );
    expect(plan.nationalities).toEqual(["KZ", "PL"]);
    expect(plan.roles).toEqual(["opposition_politician", "Businessman", "activist"]);
  });

  it("leaves both persons as they were", () => {
    const duplicate: MergeablePerson = { id: "p2", name: "Muratbek Ketabayev", variants: [], nationalities: ["PL"], roles: ["activist"] };
    const before = structuredClone([survivor, duplicate]);
    planPersonMerge(survivor, duplicate);
    expect([survivor, duplicate]).toEqual(before);
  });
});
