import { ZOrganisationInput } from "@rightsdesk/domain";
import { describe, expect, it } from "vitest";
import { makeActor, unique } from "../../test/fixtures";
import { db } from "../client";
import { listChanges } from "./history";
import { createOrganisation, getOrganisation, updateOrganisation } from "./organisations";

const organisation = (extra: Record<string, unknown> = {}) => ZOrganisationInput.parse({ name: "Human Rights Watch", kind: "ngo", slug: unique("o"), ...extra });

describe("organisations", () => {
  it("updates an organisation, records the change and keeps the old slug as a redirect", async () => {
    const editor = await makeActor("editor");
    const created = await createOrganisation(organisation(), editor);
    const renamed = unique("hrw");
    const updated = await updateOrganisation(created.id, organisation({ slug: renamed, country: "us", website: "https://www.hrw.org" }), editor);
    expect(updated).toEqual({ ...created, slug: renamed, country: "US", website: "https://www.hrw.org" });
    expect(await getOrganisation(created.id)).toEqual(updated);
    const changes = await listChanges("organisation", created.id);
    expect(changes.map((c) => c.action)).toEqual(["update", "create"]);
    expect(changes[0]).toMatchObject({ actor: { id: editor.id }, before: { slug: created.slug, country: null }, after: { slug: renamed, country: "US" } });
    const redirect = await db().slugRedirect.findUnique({ where: { entity_fromSlug: { entity: "organisation", fromSlug: created.slug } } });
    expect(redirect?.targetId).toBe(created.id);
  });

  it("keeps the slug when none is given, and refuses translators and unknown organisations", async () => {
    const editor = await makeActor("editor");
    const translator = await makeActor("translator");
    const created = await createOrganisation(organisation(), editor);
    expect((await updateOrganisation(created.id, organisation({ slug: "", name: "HRW" }), editor)).slug).toBe(created.slug);
    await expect(updateOrganisation(created.id, organisation(), translator)).rejects.toMatchObject({ code: "forbidden" });
    await expect(updateOrganisation("nobody", organisation(), editor)).rejects.toMatchObject({ code: "not_found" });
  });
});
