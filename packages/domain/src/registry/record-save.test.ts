import { describe, expect, it } from "vitest";
import { ZCaseForm, ZCaseSave, ZOrganisationSave, ZPersonSave, ZProtectionSave } from "./record-save";

const caseInput = { slug: "extradition-x", kind: "extradition_request", status: "open", title: { en: "Extradition of X" } };

describe("registry saves", () => {
  it("need the version the editor opened, a whole number from 0", () => {
    for (const schema of [ZPersonSave, ZOrganisationSave, ZProtectionSave, ZCaseSave]) {
      for (const baseVersion of [undefined, -1, 1.5, "1"]) {
        expect(schema.safeParse({ baseVersion }).error?.issues.some((issue) => issue.path[0] === "baseVersion")).toBe(true);
      }
    }
  });

  it("give a new case no participants when the form sends none", () => {
    expect(ZCaseForm.parse({ case: caseInput }).participants).toEqual([]);
  });

  it("refuse a person taking part in a case twice, at the second row", () => {
    const participants = [
      { personId: "p1", role: "subject" },
      { personId: "p2", role: "witness" },
      { personId: "p1", role: "family_member" },
    ];
    expect(ZCaseSave.safeParse({ case: caseInput, participants, baseVersion: 1 }).error?.issues).toMatchObject([
      { path: ["participants", 2, "personId"], message: "This person is already a participant" },
    ]);
  });
});
