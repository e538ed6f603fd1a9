import { describe, expect, it } from "vitest";
import { type MergeLinks, type MergeSide, mergeExposure } from "./merge-exposure";
import { planPersonMerge } from "./merge";

const survivor: MergeSide = {
  id: "p1",
  name: "Muratbek Ketebayev",
  variants: [],
  nationalities: ["KZ"],
  roles: ["opposition_politician"],
  birth: null,
  bio: { en: "Opposition politician, refugee in Poland." },
  confidentiality: "public",
};
const hidden: MergeSide = {
  id: "p2",
  name: "Кетебаев Муратбек",
  variants: [{ name: "M. Ketabayev", script: "latin", locale: null, kind: "former" }],
  nationalities: ["KZ", "PL"],
  roles: ["opposition_politician", "activist"],
  birth: { year: 1963 },
  bio: { en: "Should not be shown.", ru: "Живёт в Варшаве." },
  confidentiality: "internal",
};
const links: MergeLinks = {
  protections: [{ type: "refugee_status", grantingState: "PL", status: "granted", date: { year: 2014 } }],
  cases: ["Extradition request of Kazakhstan"],
  relationships: 1,
  articles: 2,
  mentions: 3,
};

describe("mergeExposure", () => {
  it("lists everything of an internal duplicate that the public survivor would show", () => {
    const exposed = mergeExposure(survivor, hidden, planPersonMerge(survivor, hidden), links);
    expect(exposed).toEqual([
      { what: "Name", detail: "M. Ketabayev" },
      { what: "Name", detail: "Кетебаев Муратбек" },
      { what: "Nationality", detail: "PL" },
      { what: "Role", detail: "activist" },
      { what: "Birth date", detail: "1963" },
      // The survivor's English biography stays; only the language it lacks would come over.
      { what: "Biography (Russian)", detail: "Живёт в Варшаве." },
      { what: "Protection", detail: "Refugee status in PL: granted, 2014" },
      { what: "Case", detail: "Extradition request of Kazakhstan" },
      { what: "Relationships", detail: "1 relationship" },
      { what: "Articles", detail: "linked to 2 articles" },
      { what: "Mentions", detail: "named in 3 article versions" },
    ]);
  });

  it("is empty when nothing internal meets the public: both public, both internal, or an internal survivor", () => {
    const publicDuplicate = { ...hidden, confidentiality: "public" as const };
    const internalSurvivor = { ...survivor, confidentiality: "internal" as const };
    expect(mergeExposure(survivor, publicDuplicate, planPersonMerge(survivor, publicDuplicate), links)).toEqual([]);
    expect(mergeExposure(internalSurvivor, hidden, planPersonMerge(internalSurvivor, hidden), links)).toEqual([]);
    expect(mergeExposure(internalSurvivor, publicDuplicate, planPersonMerge(internalSurvivor, publicDuplicate), links)).toEqual([]);
  });

  it("lists only the duplicate's name when it brings nothing else", () => {
    const bare: MergeSide = { ...hidden, variants: [], nationalities: [], roles: [], birth: null, bio: {} };
    const none: MergeLinks = { protections: [], cases: [], relationships: 0, articles: 0, mentions: 0 };
    expect(mergeExposure(survivor, bare, planPersonMerge(survivor, bare), none)).toEqual([{ what: "Name", detail: "Кетебаев Муратбек" }]);
  });
});
