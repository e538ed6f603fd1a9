import {
  type Case,
  type CaseKind,
  type CaseOutcome,
  type CaseStatus,
  type Locale,
  type NameVariant,
  type Organisation,
  type ParticipantRole,
  type Person,
  type Protection,
  type ProtectionType,
  type RelationshipKind,
} from "@rightsdesk/domain";
import { db } from "../infra/client";
import { type Prisma, type RegistryEntity } from "../generated/prisma/client";
import { type LocalizedText, toLocalized } from "../mappers";
import { caseSelect, protectionSelect, publicPersonSelect, toCase, toPerson, toProtection, toVariants } from "./rows";

/*
 * The public site's only way into the registry. Every query here asks for public persons only and
 * selects named columns: internal persons and the internal-notes table cannot come back from it.
 */

const PUBLIC = { confidentiality: "public" } as const;
const personRef = { slug: true, name: true, variants: { select: { name: true, script: true, locale: true, kind: true } } } satisfies Prisma.PersonSelect;

export type PersonRef = { slug: string; name: string; variants: NameVariant[] };
export type PublicPersonPage = {
  person: Person;
  protections: Protection[];
  cases: (Case & { role: ParticipantRole })[];
  relations: { kind: RelationshipKind; direction: "of" | "to"; person: PersonRef }[];
};
export type PublicCasePage = { case: Case; participants: { role: ParticipantRole; person: PersonRef }[] };
export type PublicProtectionRow = Protection & { person: PersonRef };
/** A line of the people index: enough to list, letter and filter by nationality and protection. */
export type PublicPersonEntry = PersonRef & { nationalities: string[]; protectionTypes: ProtectionType[] };
/** A line of the cases index. */
export type PublicCaseEntry = {
  slug: string;
  title: LocalizedText;
  kind: CaseKind;
  status: CaseStatus;
  outcome: CaseOutcome | null;
  requestingStates: string[];
  venueState: string | null;
};
export type PublicOrganisation = Omit<Organisation, "id">;

function toRef(row: Prisma.PersonGetPayload<{ select: typeof personRef }>): PersonRef {
  return { slug: row.slug, name: row.name, variants: toVariants(row.variants) };
}

export async function getPublicPerson(slug: string): Promise<PublicPersonPage | null> {
  const row = await db().person.findFirst({
    where: { slug, ...PUBLIC },
    select: {
      ...publicPersonSelect,
      protections: { select: protectionSelect, orderBy: [{ year: "asc" }, { grantingState: "asc" }] },
      participations: { select: { role: true, case: { select: caseSelect } } },
      relationships: { where: { relatedPerson: PUBLIC }, select: { kind: true, relatedPerson: { select: personRef } } },
      relatedTo: { where: { person: PUBLIC }, select: { kind: true, person: { select: personRef } } },
    },
  });
  if (!row) return null;
  return {
    person: toPerson(row),
    protections: row.protections.map(toProtection),
    cases: row.participations.map((p) => ({ ...toCase(p.case), role: p.role })),
    relations: [
      ...row.relationships.map((r) => ({ kind: r.kind, direction: "to" as const, person: toRef(r.relatedPerson) })),
      ...row.relatedTo.map((r) => ({ kind: r.kind, direction: "of" as const, person: toRef(r.person) })),
    ],
  };
}

export async function getPublicCase(slug: string): Promise<PublicCasePage | null> {
  const row = await db().case.findUnique({
    where: { slug },
    select: { ...caseSelect, participants: { where: { person: PUBLIC }, select: { role: true, person: { select: personRef } } } },
  });
  if (!row) return null;
  return { case: toCase(row), participants: row.participants.map((p) => ({ role: p.role, person: toRef(p.person) })) };
}

/** Public protections, filterable by granting state and type, ordered by state then year. */
export async function listPublicProtections(filter: { state?: string; type?: ProtectionType } = {}): Promise<PublicProtectionRow[]> {
  const rows = await db().protection.findMany({
    where: { person: PUBLIC, grantingState: filter.state, type: filter.type },
    select: { ...protectionSelect, person: { select: personRef } },
    orderBy: [{ grantingState: "asc" }, { year: "asc" }, { createdAt: "asc" }],
  });
  return rows.map((row) => ({ ...toProtection(row), person: toRef(row.person) }));
}

/** Where an old slug of a public record now points; null if it never existed or the record is not public. */
export async function resolveRegistryRedirect(entity: Extract<RegistryEntity, "person" | "case">, fromSlug: string): Promise<string | null> {
  const redirect = await db().slugRedirect.findUnique({ where: { entity_fromSlug: { entity, fromSlug } }, select: { targetId: true } });
  if (!redirect) return null;
  const target =
    entity === "person"
      ? await db().person.findFirst({ where: { id: redirect.targetId, ...PUBLIC }, select: { slug: true } })
      : await db().case.findUnique({ where: { id: redirect.targetId }, select: { slug: true } });
  return target?.slug ?? null;
}

/** Every public person's and case's slug, for the sitemap. */
export async function listPublicRegistrySlugs(): Promise<{ persons: string[]; cases: string[] }> {
  const [persons, cases] = await Promise.all([
    db().person.findMany({ where: PUBLIC, select: { slug: true }, orderBy: { slug: "asc" } }),
    db().case.findMany({ select: { slug: true }, orderBy: { slug: "asc" } }),
  ]);
  return { persons: persons.map((p) => p.slug), cases: cases.map((c) => c.slug) };
}

/** Published articles in one language that are linked to a person or a case, newest first. */
export async function listPublishedLinked(locale: Locale, link: { personSlug: string } | { caseSlug: string }) {
  const article: Prisma.ArticleWhereInput =
    "personSlug" in link
      ? { persons: { some: { person: { slug: link.personSlug, ...PUBLIC } } } }
      : { cases: { some: { case: { slug: link.caseSlug } } } };
  const rows = await db().articleVersion.findMany({
    where: { locale, status: "published", article },
    // The title readers see: the published revision's, not a later save waiting for an editor.
    select: { publishedRevision: { select: { title: true } }, publishedAt: true, article: { select: { slug: true } } },
    orderBy: { publishedAt: "desc" },
  });
  return rows.flatMap((row) =>
    row.publishedRevision ? [{ slug: row.article.slug, title: row.publishedRevision.title, publishedAt: row.publishedAt }] : [],
  );
}

/** Every public person, for the people index; the page orders them by the name in the reader's script. */
export async function listPublicPersons(): Promise<PublicPersonEntry[]> {
  const rows = await db().person.findMany({
    where: PUBLIC,
    select: { ...personRef, nationalities: true, protections: { select: { type: true }, distinct: ["type"] } },
    orderBy: { name: "asc" },
  });
  return rows.map((row) => ({ ...toRef(row), nationalities: row.nationalities, protectionTypes: row.protections.map((p) => p.type) }));
}

/** Every case, for the cases index: cases are public records, their internal people are not listed here. */
export async function listPublicCases(): Promise<PublicCaseEntry[]> {
  const rows = await db().case.findMany({
    select: { slug: true, title: true, kind: true, status: true, outcome: true, requestingStates: true, venueState: true },
    orderBy: { slug: "asc" },
  });
  return rows.map((row) => ({ ...row, title: toLocalized(row.title) }));
}

/** Every organisation, for the organisations index. */
export async function listPublicOrganisations(): Promise<PublicOrganisation[]> {
  return db().organisation.findMany({ select: { slug: true, name: true, kind: true, country: true, website: true }, orderBy: { name: "asc" } });
}
