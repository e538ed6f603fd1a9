// Demo registry: the people, cases and protections the demo articles report. Found by slug, so a
// second run adds nothing; created through the data layer, so the history shows who added them.
// Records come before the articles, which mention them by id; protections and article links after,
// as they name the articles.
import { db } from "@rightsdesk/db/client";
import {
  createCase,
  createOrganisation,
  createPerson,
  createProtection,
  setArticleRegistryLinks,
  setCaseParticipants,
  type Actor,
} from "@rightsdesk/db/editor";
import { ZCaseInput, ZOrganisationInput, ZPersonInput, ZProtectionInput } from "@rightsdesk/domain";
import { seedCases, seedOrganisations, seedPersons, seedProtections, seedRelationships } from "./registry-content";

async function idsBySlug(model: "person" | "case" | "article" | "organisation"): Promise<Map<string, string>> {
  const select = { id: true, slug: true } as const;
  const rows =
    model === "person"
      ? await db().person.findMany({ select })
      : model === "case"
        ? await db().case.findMany({ select })
        : model === "organisation"
          ? await db().organisation.findMany({ select })
          : await db().article.findMany({ select });
  return new Map(rows.map((row) => [row.slug, row.id]));
}

function lookup(map: Map<string, string>, slug: string, what: string): string {
  const id = map.get(slug);
  if (!id) throw new Error(`Registry seed refers to unknown ${what} "${slug}"`);
  return id;
}

export type RegistryIds = { persons: Map<string, string>; cases: Map<string, string>; organisations: Map<string, string> };

/** Persons, cases (with their participants), relationships and organisations; the ids of all, by slug. */
export async function seedRegistryRecords(actor: Actor): Promise<{ created: number; ids: RegistryIds }> {
  let created = 0;
  const persons = await idsBySlug("person");
  for (const { articles: _articles, ...seed } of seedPersons) {
    if (persons.has(seed.slug)) continue;
    persons.set(seed.slug, (await createPerson(ZPersonInput.parse(seed), actor)).result.id);
    created++;
  }

  const cases = await idsBySlug("case");
  for (const { participants, articles: _articles, ...seed } of seedCases) {
    if (cases.has(seed.slug)) continue;
    const { id } = (await createCase(ZCaseInput.parse(seed), actor)).result;
    cases.set(seed.slug, id);
    const roles = participants.map((p) => ({ personId: lookup(persons, p.person, "person"), role: p.role }));
    await setCaseParticipants(id, roles, actor);
    created++;
  }

  await db().personRelationship.createMany({
    data: seedRelationships.map((r) => ({
      personId: lookup(persons, r.person, "person"),
      relatedPersonId: lookup(persons, r.related, "person"),
      kind: r.kind,
    })),
    skipDuplicates: true,
  });

  const organisations = await idsBySlug("organisation");
  for (const seed of seedOrganisations) {
    if (organisations.has(seed.slug)) continue;
    organisations.set(seed.slug, (await createOrganisation(ZOrganisationInput.parse(seed), actor)).result.id);
    created++;
  }
  return { created, ids: { persons, cases, organisations } };
}

/** Protections (which cite the articles they were reported in) and each article's people and cases. */
export async function seedRegistryLinks(actor: Actor, { persons, cases }: RegistryIds): Promise<number> {
  let created = 0;
  const articles = await idsBySlug("article");
  for (const { person, sourceArticle, ...seed } of seedProtections) {
    const personId = lookup(persons, person, "person");
    const exists = await db().protection.findFirst({ where: { personId, type: seed.type, grantingState: seed.grantingState }, select: { id: true } });
    if (exists) continue;
    const sourceArticleId = sourceArticle ? lookup(articles, sourceArticle, "article") : null;
    await createProtection(ZProtectionInput.parse({ ...seed, personId, sourceArticleId }), actor);
    created++;
  }

  // Each demo article's people and cases, set once: links an editor changed later are left alone.
  for (const [articleSlug, articleId] of articles) {
    const linked = await db().articlePerson.count({ where: { articleId } });
    if (linked) continue;
    const personIds = seedPersons.filter((p) => p.articles.includes(articleSlug)).map((p) => lookup(persons, p.slug, "person"));
    const caseIds = seedCases.filter((c) => c.articles.includes(articleSlug)).map((c) => lookup(cases, c.slug, "case"));
    if (personIds.length || caseIds.length) await setArticleRegistryLinks(articleId, { personIds, caseIds }, actor);
  }
  return created;
}
