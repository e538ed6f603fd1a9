// Demo registry: the people, cases and protections the demo articles report. Found by slug, so a
// second run adds nothing; created through the data layer, so the history shows who added them.
import {
  createCase,
  createOrganisation,
  createPerson,
  createProtection,
  db,
  setArticleRegistryLinks,
  setCaseParticipants,
  type Actor,
} from "@rightsdesk/db";
import { ZCaseInput, ZOrganisationInput, ZPersonInput, ZProtectionInput } from "@rightsdesk/domain";
import { seedCases, seedOrganisations, seedPersons, seedProtections, seedRelationships } from "./registry-content";

async function idsBySlug(model: "person" | "case" | "article"): Promise<Map<string, string>> {
  const rows =
    model === "person"
      ? await db().person.findMany({ select: { id: true, slug: true } })
      : model === "case"
        ? await db().case.findMany({ select: { id: true, slug: true } })
        : await db().article.findMany({ select: { id: true, slug: true } });
  return new Map(rows.map((row) => [row.slug, row.id]));
}

function lookup(map: Map<string, string>, slug: string, what: string): string {
  const id = map.get(slug);
  if (!id) throw new Error(`Registry seed refers to unknown ${what} "${slug}"`);
  return id;
}

export async function seedRegistry(actor: Actor): Promise<number> {
  let created = 0;
  const persons = await idsBySlug("person");
  for (const { articles: _articles, ...seed } of seedPersons) {
    if (persons.has(seed.slug)) continue;
    persons.set(seed.slug, (await createPerson(ZPersonInput.parse(seed), actor)).id);
    created++;
  }

  const cases = await idsBySlug("case");
  for (const { participants, articles: _articles, ...seed } of seedCases) {
    if (cases.has(seed.slug)) continue;
    const { id } = await createCase(ZCaseInput.parse(seed), actor);
    cases.set(seed.slug, id);
    const roles = participants.map((p) => ({ personId: lookup(persons, p.person, "person"), role: p.role }));
    await setCaseParticipants(id, roles, actor);
    created++;
  }

  const articles = await idsBySlug("article");
  for (const { person, sourceArticle, ...seed } of seedProtections) {
    const personId = lookup(persons, person, "person");
    const exists = await db().protection.findFirst({ where: { personId, type: seed.type, grantingState: seed.grantingState }, select: { id: true } });
    if (exists) continue;
    const sourceArticleId = sourceArticle ? lookup(articles, sourceArticle, "article") : null;
    await createProtection(ZProtectionInput.parse({ ...seed, personId, sourceArticleId }), actor);
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

  const organisations = new Set((await db().organisation.findMany({ select: { slug: true } })).map((o) => o.slug));
  for (const seed of seedOrganisations) {
    if (organisations.has(seed.slug)) continue;
    await createOrganisation(ZOrganisationInput.parse(seed), actor);
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
