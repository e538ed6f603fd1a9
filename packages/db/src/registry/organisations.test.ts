import { ZOrganisationInput } from "@rightsdesk/domain";
import { describe, expect, it } from "vitest";
import { makeActor, unique } from "../../test/fixtures";
import { db } from "../infra/client";
import { listChanges } from "./history";
import { createOrganisation, getOrganisation, updateOrganisation } from "./organisations";

const organisation = (extra: Record<string, unknown> = {}) => ZOrganisationInput.parse({ name: "Human Rights Watch", kind: "ngo", slug: unique("o"), ...extra });

describe("organisations", () => {
  it("updates an organisation, records the change and keeps the old slug as a redirect", async () => {
    const editor = await makeActor("editor");
    const created = (await createOrganisation(organisation(), editor)).result;
    const renamed = unique("hrw");
    const updated = (await updateOrganisation(created.id, organisation({ slug: renamed, country: "us", website: "https://www.hrw.org" }), created.version, editor)).result;
    expect(updated).toEqual({ ...created, slug: renamed, country: "US", website: "https://www.hrw.org", version: created.version + 1 });
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
    const created = (await createOrganisation(organisation(), editor)).result;
    expect(((await updateOrganisation(created.id, organisation({ slug: "", name: "HRW" }), created.version, editor)).result).slug).toBe(created.slug);
    await expect(updateOrganisation(created.id, organisation(), created.version + 1, translator)).rejects.toMatchObject({ code: "forbidden" });
    await expect(updateOrganisation("nobody", organisation(), 1, editor)).rejects.toMatchObject({ code: "not_found" });
  });

  it("refuses the second of two saves made from the same version, keeping the first one's text", async () => {
    const [first, second] = await Promise.all([makeActor("editor"), makeActor("editor")]);
    const created = (await createOrganisation(organisation({ name: "Open Dialog" }), first)).result;
    const saved = (await updateOrganisation(created.id, organisation({ slug: created.slug, name: "Open Dialog Foundation" }), created.version, first)).result;
    await expect(updateOrganisation(created.id, organisation({ slug: created.slug, name: "Open Dialogue" }), created.version, second)).rejects.toMatchObject({
      code: "conflict",
      message: expect.stringContaining("your form is kept"),
    });
    expect(await getOrganisation(created.id)).toEqual(saved);
    expect((await listChanges("organisation", created.id)).map((c) => c.action)).toEqual(["update", "create"]);

    // Started from the version the first save produced, the next save goes through.
    expect((await updateOrganisation(created.id, organisation({ slug: created.slug, name: "Open Dialogue" }), saved.version, second)).result).toMatchObject({
      name: "Open Dialogue",
      version: saved.version + 1,
    });
  });

  it("lets exactly one of two simultaneous saves from the same version through", async () => {
    const editor = await makeActor("editor");
    const created = (await createOrganisation(organisation(), editor)).result;
    const names = ["Amnesty International", "Amnesty Intl"];
    const results = await Promise.allSettled(names.map((name) => updateOrganisation(created.id, organisation({ slug: created.slug, name }), created.version, editor)));
    const saved = results.flatMap((result) => (result.status === "fulfilled" ? [result.value.result] : []));
    const refused = results.flatMap((result) => (result.status === "rejected" ? [result.reason] : []));
    expect(saved).toHaveLength(1);
    expect(refused).toEqual([expect.objectContaining({ code: "conflict" })]);
    expect(await getOrganisation(created.id)).toEqual(saved[0]);
  });
});
