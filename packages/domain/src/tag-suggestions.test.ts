import { describe, expect, it } from "vitest";
import { type Tag } from "./tag";
import { type MentionedFacts, suggestForMentions, type Suggestion } from "./tag-suggestions";

const country = (code: string, en: string): Tag => ({ id: `t-${code}`, kind: "country", slug: code.toLowerCase(), countryCode: code, labels: { en } });
const topic = (slug: string, en: string): Tag => ({ id: `t-${slug}`, kind: "topic", slug, countryCode: null, labels: { en } });
const TAGS = [
  country("AT", "Austria"),
  country("RU", "Russia"),
  country("KZ", "Kazakhstan"),
  country("FR", "France"),
  topic("extradition", "Extradition"),
  topic("international-protection", "International protection"),
];

const trofimov: MentionedFacts = {
  kind: "person",
  id: "p-trofimov",
  name: "Artur Trofimov",
  nationalities: [],
  protections: [{ type: "diplomatic_protection", grantingState: "AT", status: "granted" }],
};
const trofimovCase: MentionedFacts = {
  kind: "case",
  id: "c-trofimov",
  title: "Russian extradition request for Artur Trofimov in Austria",
  caseKind: "extradition_request",
  requestingStates: ["RU"],
  onBehalfOf: [],
  venueState: "AT",
};
const NOTHING = { tagIds: [], personIds: [], caseIds: [] };

const summary = (suggestions: Suggestion[]) =>
  suggestions.map((s) => (s.type === "tag" ? `tag ${s.tag.slug}: ${s.reasons.join(" | ")}` : `${s.type} ${s.label}: ${s.reasons.join(" | ")}`));

describe("suggestForMentions", () => {
  it("suggests Austria and the topic from Trofimov's protection, and linking him", () => {
    expect(summary(suggestForMentions({ mentioned: [trofimov], tags: TAGS, article: NOTHING }))).toEqual([
      "tag at: Artur Trofimov's diplomatic protection granted by Austria",
      "tag international-protection: Artur Trofimov's diplomatic protection",
      "person Artur Trofimov: Mentioned in the text",
    ]);
  });

  it("draws countries and the topic from a case, gathering the reasons for one tag", () => {
    const result = suggestForMentions({ mentioned: [trofimov, trofimovCase], tags: TAGS, article: NOTHING });
    expect(summary(result)).toEqual([
      `tag at: Artur Trofimov's diplomatic protection granted by Austria | Case "${trofimovCase.title}": decided in Austria`,
      `tag ru: Case "${trofimovCase.title}": requested by Russia`,
      "tag international-protection: Artur Trofimov's diplomatic protection",
      `tag extradition: Case "${trofimovCase.title}": extradition request`,
      "person Artur Trofimov: Mentioned in the text",
      `case ${trofimovCase.title}: Mentioned in the text`,
    ]);
  });

  it("leaves out what the article already has", () => {
    const article = { tagIds: ["t-AT", "t-RU", "t-extradition"], personIds: ["p-trofimov"], caseIds: ["c-trofimov"] };
    expect(summary(suggestForMentions({ mentioned: [trofimov, trofimovCase], tags: TAGS, article }))).toEqual([
      "tag international-protection: Artur Trofimov's diplomatic protection",
    ]);
  });

  it("suggests only tags that exist, and nationality as a reason", () => {
    const ablyazov: MentionedFacts = {
      kind: "person",
      id: "p-ablyazov",
      name: "Mukhtar Ablyazov",
      nationalities: ["KZ"],
      protections: [{ type: "refugee_status", grantingState: "GB", status: "revoked" }],
    };
    expect(summary(suggestForMentions({ mentioned: [ablyazov], tags: TAGS, article: { ...NOTHING, personIds: ["p-ablyazov"] } }))).toEqual([
      "tag kz: Mukhtar Ablyazov's nationality",
    ]);
  });

  it("suggests nothing when nothing is mentioned", () => {
    expect(suggestForMentions({ mentioned: [], tags: TAGS, article: NOTHING })).toEqual([]);
  });
});
