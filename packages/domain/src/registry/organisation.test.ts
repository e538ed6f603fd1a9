import { describe, expect, it } from "vitest";
import { inverseRelationship, RELATIONSHIP_KINDS, ZOrganisationInput, ZRelationshipInput } from "./organisation";

const issues = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (result.error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]);

describe("ZOrganisationInput", () => {
  it("accepts a court of a country", () => {
    expect(ZOrganisationInput.parse({ name: " Conseil d'État ", kind: "court", country: "fr", website: "https://www.conseil-etat.fr" })).toEqual({
      name: "Conseil d'État",
      kind: "court",
      country: "FR",
      website: "https://www.conseil-etat.fr",
      slug: "",
    });
  });

  it("accepts an international body of no one country, without a website", () => {
    expect(ZOrganisationInput.parse({ name: "UNHCR", kind: "international_body" })).toEqual({
      name: "UNHCR",
      kind: "international_body",
      country: null,
      website: null,
      slug: "",
    });
  });

  it("refuses a missing name, an unknown kind or country, and a website that is not http(s)", () => {
    expect(issues(ZOrganisationInput.safeParse({ name: " ", kind: "ngo" }))).toEqual([["name", "Name is required"]]);
    expect(ZOrganisationInput.safeParse({ name: "HRW", kind: "charity" }).success).toBe(false);
    expect(issues(ZOrganisationInput.safeParse({ name: "HRW", kind: "ngo", country: "XX" }))).toEqual([
      ["country", 'Unknown country code "XX"'],
    ]);
    expect(issues(ZOrganisationInput.safeParse({ name: "HRW", kind: "ngo", website: "javascript:alert(1)" }))).toEqual([
      ["website", "Enter a web address starting with http:// or https://"],
    ]);
    expect(ZOrganisationInput.safeParse({ name: "HRW", kind: "ngo", slug: "Human Rights Watch" }).success).toBe(false);
  });
});

describe("inverseRelationship", () => {
  it("swaps child and parent and keeps the symmetric kinds", () => {
    expect(inverseRelationship("child")).toBe("parent");
    expect(inverseRelationship("parent")).toBe("child");
    expect(inverseRelationship("spouse")).toBe("spouse");
    expect(inverseRelationship("sibling")).toBe("sibling");
    expect(inverseRelationship("colleague")).toBe("colleague");
  });

  it("gives back the kind when applied twice", () => {
    for (const kind of RELATIONSHIP_KINDS) expect(inverseRelationship(inverseRelationship(kind))).toBe(kind);
  });
});

describe("ZRelationshipInput", () => {
  it("relates Ablyazov to his daughter Madina", () => {
    expect(ZRelationshipInput.parse({ personId: "ablyazov", relatedPersonId: "madina", kind: "child" })).toEqual({
      personId: "ablyazov",
      relatedPersonId: "madina",
      kind: "child",
    });
  });

  it("refuses a person related to themselves", () => {
    expect(issues(ZRelationshipInput.safeParse({ personId: "ablyazov", relatedPersonId: "ablyazov", kind: "sibling" }))).toEqual([
      ["relatedPersonId", "A person cannot be related to themselves"],
    ]);
    expect(ZRelationshipInput.safeParse({ personId: " ablyazov", relatedPersonId: "ablyazov ", kind: "spouse" }).success).toBe(false);
  });

  it("refuses an unknown kind and a missing person", () => {
    expect(ZRelationshipInput.safeParse({ personId: "a", relatedPersonId: "b", kind: "cousin" }).success).toBe(false);
    expect(issues(ZRelationshipInput.safeParse({ personId: "a", relatedPersonId: "", kind: "spouse" }))).toEqual([
      ["relatedPersonId", "Choose a related person"],
    ]);
  });
});
