import { ZCaseInput, ZOrganisationInput, ZPersonInput, ZProtectionInput } from "@rightsdesk/domain";
import { describe, expect, it } from "vitest";
import { makeActor, unique } from "../../test/fixtures";
import { createCase } from "./cases";
import { createOrganisation } from "./organisations";
import { createPerson } from "./persons";
import { createProtection } from "./protections";
import { listPublicCases, listPublicOrganisations, listPublicPersons } from "./public";

describe("the public registry indexes", () => {
  it("list public persons with their nationalities and kinds of protection, never internal ones", async () => {
    const editor = await makeActor("editor");
    const name = unique("Aliya Index");
    const open = (await createPerson(
      ZPersonInput.parse({ name, confidentiality: "public", slug: unique("p"), nationalities: ["KZ"], variants: [{ name: "Алия", script: "cyrillic", kind: "transliteration", locale: "ru" }] }),
      editor,
    )).result;
    const hidden = (await createPerson(ZPersonInput.parse({ name: unique("Hidden Index"), confidentiality: "internal", slug: unique("p") }), editor)).result;
    for (const grantingState of ["PL", "FR"]) {
      await createProtection(ZProtectionInput.parse({ personId: open.id, type: "refugee_status", grantingState, status: "granted" }), editor);
    }
    await createProtection(ZProtectionInput.parse({ personId: hidden.id, type: "asylum", grantingState: "DE", status: "granted" }), editor);

    const people = await listPublicPersons();
    expect(people.find((p) => p.slug === open.slug)).toMatchObject({
      name,
      nationalities: ["KZ"],
      protectionTypes: ["refugee_status"],
      variants: [{ name: "Алия", script: "cyrillic", locale: "ru" }],
    });
    expect(people.map((p) => p.slug)).not.toContain(hidden.slug);
  });

  it("list cases with their titles per language and organisations with their details", async () => {
    const editor = await makeActor("editor");
    const kase = (await createCase(
      ZCaseInput.parse({ title: { en: "Extradition to Kazakhstan", ru: "Экстрадиция в Казахстан" }, kind: "extradition_request", requestingStates: ["KZ"], venueState: "FR", slug: unique("case") }),
      editor,
    )).result;
    const organisation = (await createOrganisation(
      ZOrganisationInput.parse({ name: unique("Open Dialog"), kind: "ngo", country: "PL", website: "https://example.org" }),
      editor,
    )).result;

    expect((await listPublicCases()).find((c) => c.slug === kase.slug)).toEqual({
      slug: kase.slug,
      title: { en: "Extradition to Kazakhstan", ru: "Экстрадиция в Казахстан" },
      kind: "extradition_request",
      status: "open",
      outcome: null,
      requestingStates: ["KZ"],
      venueState: "FR",
    });
    expect((await listPublicOrganisations()).find((o) => o.slug === organisation.slug)).toEqual({
      slug: organisation.slug,
      name: organisation.name,
      kind: "ngo",
      country: "PL",
      website: "https://example.org",
    });
  });
});
