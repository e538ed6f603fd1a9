import { type PublicMention } from "@rightsdesk/db/public";
import { describe, expect, it } from "vitest";
import { mentionRefs } from "./mention-refs";

describe("mentionRefs", () => {
  it("links persons and cases to their pages in the reader's language and organisations to their website", () => {
    const resolved = new Map<string, PublicMention>([
      ["person:p1", { kind: "person", name: "Мухтар Аблязов", slug: "mukhtar-ablyazov" }],
      ["case:c1", { kind: "case", name: "Экстрадиция", slug: "ablyazov-extradition-france" }],
      ["organisation:o1", { kind: "organisation", name: "Human Rights Watch", website: "https://www.hrw.org" }],
      ["organisation:o2", { kind: "organisation", name: "Local group", website: null }],
    ]);
    expect([...mentionRefs(resolved, "ru")]).toEqual([
      ["person:p1", { label: "Мухтар Аблязов", href: "/ru/people/mukhtar-ablyazov" }],
      ["case:c1", { label: "Экстрадиция", href: "/ru/cases/ablyazov-extradition-france" }],
      ["organisation:o1", { label: "Human Rights Watch", href: "https://www.hrw.org" }],
      ["organisation:o2", { label: "Local group", href: null }],
    ]);
  });
});
