import { type RegistryFootprint, registryRevalidationTags } from "@rightsdesk/domain";
import { type Revalidating } from "../articles/article-footprint";
import { articlesMentioning } from "../articles/mentions";
import { type Tx } from "../infra/client";

/*
 * Where a registry record shows up on the public site, read inside the transaction that changes it, so that
 * a registry command names exactly the pages to revalidate, as an article's change does (article-footprint.ts).
 * An internal person has no page, is left off case pages and their relatives' pages, and their mentions are
 * withheld: they show up nowhere.
 */

const UNSEEN: RegistryFootprint = { personSlugs: [], caseSlugs: [], articleSlugs: [] };
const PUBLIC = { confidentiality: "public" } as const;

/** A person's page, the pages of their cases and public relatives, and the published articles that mention them. */
export async function personFootprint(tx: Tx, personId: string): Promise<RegistryFootprint> {
  const person = await tx.person.findUnique({
    where: { id: personId },
    select: {
      slug: true,
      confidentiality: true,
      participations: { select: { case: { select: { slug: true } } } },
      relationships: { where: { relatedPerson: PUBLIC }, select: { relatedPerson: { select: { slug: true } } } },
      relatedTo: { where: { person: PUBLIC }, select: { person: { select: { slug: true } } } },
    },
  });
  if (!person || person.confidentiality !== "public") return UNSEEN;
  return {
    personSlugs: [person.slug, ...person.relationships.map((r) => r.relatedPerson.slug), ...person.relatedTo.map((r) => r.person.slug)],
    caseSlugs: person.participations.map((p) => p.case.slug),
    articleSlugs: await articlesMentioning(tx, { kind: "person", id: personId }),
  };
}

/** A case's page, the pages of its public participants, and the published articles that mention it. */
export async function caseFootprint(tx: Tx, caseId: string): Promise<RegistryFootprint> {
  const row = await tx.case.findUnique({
    where: { id: caseId },
    select: { slug: true, participants: { where: { person: PUBLIC }, select: { person: { select: { slug: true } } } } },
  });
  if (!row) return UNSEEN;
  return {
    personSlugs: row.participants.map((p) => p.person.slug),
    caseSlugs: [row.slug],
    articleSlugs: await articlesMentioning(tx, { kind: "case", id: caseId }),
  };
}

/** An organisation has no page of its own: it shows in the index and where articles mention it. */
export async function organisationFootprint(tx: Tx, organisationId: string): Promise<RegistryFootprint> {
  return { ...UNSEEN, articleSlugs: await articlesMentioning(tx, { kind: "organisation", id: organisationId }) };
}

/**
 * Runs a change of registry records inside `tx` and names the pages they were on before and are on after, both
 * read in that transaction: `footprints` reads the footprint of every record the change touches.
 */
export async function changeRegistry<T>(tx: Tx, footprints: () => Promise<RegistryFootprint[]>, change: () => Promise<T>): Promise<Revalidating<T>> {
  const before = await footprints();
  const result = await change();
  const after = await footprints();
  return { result, revalidate: registryRevalidationTags(...before, ...after) };
}
