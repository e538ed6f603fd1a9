import { listQueryFragments, nameKeyFragments, registrySearchText } from "@rightsdesk/domain";
import { db } from "../infra/client";
import { Prisma } from "../generated/prisma/client";
import { type LocalizedText, toLocalized } from "../mappers";

/*
 * A registry record's names as the database searches them (`searchText` on Person, Case and Organisation):
 * written with the names, read by the lists, the mention picker and the public search to narrow thousands of
 * records to the few whose names may answer a query, which the domain's matching then decides on. A record
 * without one yet (saved before it was kept) stays a candidate until `pnpm db:migrate` writes it.
 */

/** The search text of a person known by this name and these variants. */
export function personSearchText(name: string, variants: readonly { name: string }[]): string {
  return registrySearchText([name, ...variants.map((variant) => variant.name)]);
}

/** The search text of a case: its title in every language. */
export function caseSearchText(title: LocalizedText): string {
  return registrySearchText(Object.values(title));
}

/** The search text of an organisation: its name. */
export function organisationSearchText(name: string): string {
  return registrySearchText([name]);
}

/** A condition on a record's search text, the same for people, cases and organisations. */
type SearchTextWhere = { OR: ({ searchText: null } | { searchText: { contains: string } } | { AND: { searchText: { contains: string } }[] })[] };

const unwritten = { searchText: null } as const;
const containing = (fragment: string) => ({ searchText: { contains: fragment } });

/** The records whose names may answer a list's query (`matchesListQuery`): a superset, never fewer. */
export function mayMatchListQuery(query: string): SearchTextWhere {
  const { anyOf, allOf } = listQueryFragments(query);
  return { OR: [unwritten, ...anyOf.map(containing), { AND: allOf.map(containing) }] };
}

/** The records whose names answer a typed name (`matchesName`), and those whose search text is not written yet. */
export function mayMatchName(query: string): SearchTextWhere {
  return { OR: [unwritten, ...nameKeyFragments(query).map(containing)] };
}

const BACKFILL_BATCH = 500;
type Unwritten = { id: string; text: string };

/** Writes the search text of the records saved before it was kept; returns how many. Safe to run again. */
export async function backfillSearchText(): Promise<number> {
  const people = () =>
    db()
      .person.findMany({ where: unwritten, take: BACKFILL_BATCH, select: { id: true, name: true, variants: { select: { name: true } } } })
      .then((rows) => rows.map((row) => ({ id: row.id, text: personSearchText(row.name, row.variants) })));
  const cases = () =>
    db()
      .case.findMany({ where: unwritten, take: BACKFILL_BATCH, select: { id: true, title: true } })
      .then((rows) => rows.map((row) => ({ id: row.id, text: caseSearchText(toLocalized(row.title)) })));
  const organisations = () =>
    db()
      .organisation.findMany({ where: unwritten, take: BACKFILL_BATCH, select: { id: true, name: true } })
      .then((rows) => rows.map((row) => ({ id: row.id, text: organisationSearchText(row.name) })));
  return (await backfill("Person", people)) + (await backfill("Case", cases)) + (await backfill("Organisation", organisations));
}

async function backfill(table: "Person" | "Case" | "Organisation", nextBatch: () => Promise<Unwritten[]>): Promise<number> {
  let written = 0;
  for (;;) {
    const batch = await nextBatch();
    if (batch.length === 0) return written;
    // One statement a batch (not an update each in a transaction, which outlived its 5 s timeout on a busy machine).
    const ids = batch.map((row) => row.id);
    const texts = batch.map((row) => row.text);
    await db().$executeRaw`UPDATE ${Prisma.raw(`"${table}"`)} r SET "searchText" = w.text FROM unnest(${ids}::text[], ${texts}::text[]) AS w(id, text) WHERE r.id = w.id`;
    written += batch.length;
  }
}
