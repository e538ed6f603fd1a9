import { type RichTextDoc, ZCaseInput, ZOrganisationInput, ZPersonInput, ZProtectionInput } from "@rightsdesk/domain";
import { describe, expect, it } from "vitest";
import { makeActor, unique } from "../../test/fixtures";
import { createArticle, saveVersion } from "../articles/articles";
import { transitionVersion } from "../workflow/workflow";
import { createCase, setCaseParticipants } from "./cases";
import { createOrganisation, updateOrganisation } from "./organisations";
import { createPerson, deletePerson, updatePerson } from "./persons";
import { createProtection } from "./protections";

const person = (name: string, extra: Record<string, unknown> = {}) => ZPersonInput.parse({ name, confidentiality: "public", slug: unique("p"), ...extra });
const mentioning = (kind: string, id: string): RichTextDoc => ({
  type: "doc",
  content: [{ type: "paragraph", content: [{ type: "text", text: "About " }, { type: "mention", attrs: { kind, id, label: "them" } }] }],
});

/** A published article whose text mentions the record, and a draft that does too (readers do not see it). */
async function mentionedIn(kind: string, id: string) {
  const editor = await makeActor("editor");
  const [published, draft] = await Promise.all([createArticle({ title: unique("Seen"), summary: "", slug: "" }, editor), createArticle({ title: unique("Draft"), summary: "", slug: "" }, editor)]);
  for (const article of [published, draft]) await saveVersion(article.id, "en", { title: "Mentions", summary: "", body: mentioning(kind, id), baseRevision: 1 }, editor);
  await transitionVersion(published.id, "en", { transition: "publish" }, editor);
  return { published: published.slug, draft: draft.slug };
}

describe("a registry command names the pages that show what it changed", () => {
  it("a person's save refreshes their page under both slugs, their cases, their relatives and the published articles mentioning them", async () => {
    const editor = await makeActor("editor");
    const anna = (await createPerson(person("Anna Footprint"), editor)).result;
    const bystander = (await createPerson(person("Boris Bystander"), editor)).result;
    const kase = (await createCase(ZCaseInput.parse({ title: { en: "Footprint case" }, kind: "detention", slug: unique("case") }), editor)).result;
    await setCaseParticipants(kase.id, [{ personId: anna.id, role: "subject" }], editor);
    const articles = await mentionedIn("person", anna.id);

    const renamed = unique("anna");
    const { revalidate } = await updatePerson(anna.id, person("Anna Footprint", { slug: renamed }), anna.version, editor);
    expect(revalidate).toEqual(
      [`article:${articles.published}`, `case:${kase.slug}`, `person:${anna.slug}`, `person:${renamed}`, "registry", "sitemap"].sort(),
    );
    expect(revalidate).not.toContain(`person:${bystander.slug}`);
    expect(revalidate).not.toContain(`article:${articles.draft}`);

    // Deleted, the person leaves every page they were on.
    expect((await deletePerson(anna.id, editor)).revalidate).toEqual(expect.arrayContaining([`person:${renamed}`, `case:${kase.slug}`, `article:${articles.published}`]));
  });

  it("a case's participants and a protection's person are refreshed; an internal person shows on no page", async () => {
    const editor = await makeActor("editor");
    const shown = (await createPerson(person("Public Participant"), editor)).result;
    const hidden = (await createPerson(person("Internal Participant", { confidentiality: "internal" }), editor)).result;
    const kase = (await createCase(ZCaseInput.parse({ title: { en: "Participants case" }, kind: "detention", slug: unique("case") }), editor)).result;
    const { revalidate } = await setCaseParticipants(
      kase.id,
      [
        { personId: shown.id, role: "subject" },
        { personId: hidden.id, role: "witness" },
      ],
      editor,
    );
    expect(revalidate).toEqual([`case:${kase.slug}`, `person:${shown.slug}`, "registry", "sitemap"].sort());

    const protection = await createProtection(ZProtectionInput.parse({ personId: shown.id, type: "refugee_status", grantingState: "PL", status: "granted" }), editor);
    expect(protection.revalidate).toEqual(expect.arrayContaining([`person:${shown.slug}`, `case:${kase.slug}`]));
    const unseen = await createProtection(ZProtectionInput.parse({ personId: hidden.id, type: "refugee_status", grantingState: "PL", status: "granted" }), editor);
    expect(unseen.revalidate).toEqual(["registry", "sitemap"]);
  });

  it("an organisation's save refreshes the published articles that mention it", async () => {
    const editor = await makeActor("editor");
    const org = (await createOrganisation(ZOrganisationInput.parse({ name: "Footprint Watch", kind: "ngo" }), editor)).result;
    const articles = await mentionedIn("organisation", org.id);
    const { revalidate } = await updateOrganisation(org.id, ZOrganisationInput.parse({ name: "Footprint Watchers", kind: "ngo", slug: org.slug }), org.version, editor);
    expect(revalidate).toEqual([`article:${articles.published}`, "registry", "sitemap"]);
  });
});
