import { listQueryFragments, nameKeyFragments, registrySearchText } from "@rightsdesk/domain";
import { db } from "../infra/client";
import { type Prisma } from "../generated/prisma/client";

/*
 * A person's names as the database searches them (Person.searchText): written with the names, read by the
 * people list and the registry pickers to narrow 5,000 people to the few whose names may answer a query,
 * which the domain's matching then decides on. A person without one yet stays a candidate.
 */

/** The search text of a person known by this name and these variants. */
export function personSearchText(name: string, variants: readonly { name: string }[]): string {
  return registrySearchText([name, ...variants.map((variant) => variant.name)]);
}

const unwritten: Prisma.PersonWhereInput = { searchText: null };
const containing = (fragment: string): Prisma.PersonWhereInput => ({ searchText: { contains: fragment } });

/** The people whose names may answer the list's query (`matchesListQuery`): a superset, never fewer. */
export function mayMatchListQuery(query: string): Prisma.PersonWhereInput {
  const { anyOf, allOf } = listQueryFragments(query);
  return { OR: [unwritten, ...anyOf.map(containing), { AND: allOf.map(containing) }] };
}

/** The people whose names answer a typed name (`matchesName`), and those whose search text is not written yet. */
export function mayMatchName(query: string): Prisma.PersonWhereInput {
  return { OR: [unwritten, ...nameKeyFragments(query).map(containing)] };
}

const BACKFILL_BATCH = 500;

/** Writes the search text of the people saved before it was kept; returns how many. Safe to run again. */
export async function backfillPersonSearchText(): Promise<number> {
  let written = 0;
  for (;;) {
    const batch = await db().person.findMany({ where: unwritten, take: BACKFILL_BATCH, select: { id: true, name: true, variants: { select: { name: true } } } });
    if (batch.length === 0) return written;
    // One statement a batch (not an update each in a transaction, which outlived its 5 s timeout on a busy machine).
    const ids = batch.map((row) => row.id);
    const texts = batch.map((row) => personSearchText(row.name, row.variants));
    await db().$executeRaw`UPDATE "Person" p SET "searchText" = w.text FROM unnest(${ids}::text[], ${texts}::text[]) AS w(id, text) WHERE p.id = w.id`;
    written += batch.length;
  }
}
