import { AppError, uniqueSlug } from "@rightsdesk/domain";
import { type Tx } from "../infra/client";
import { type RegistryEntity } from "../generated/prisma/client";


async function takenSlugs(tx: Tx, entity: RegistryEntity, base: string): Promise<Set<string>> {
  const where = { slug: { startsWith: base } };
  const rows =
    entity === "person"
      ? await tx.person.findMany({ where, select: { slug: true } })
      : entity === "case"
        ? await tx.case.findMany({ where, select: { slug: true } })
        : await tx.organisation.findMany({ where, select: { slug: true } });
  const redirects = await tx.slugRedirect.findMany({ where: { entity, fromSlug: { startsWith: base } }, select: { fromSlug: true } });
  // An old slug still redirects to its record, so it is not free for a new one.
  return new Set([...rows.map((r) => r.slug), ...redirects.map((r) => r.fromSlug)]);
}

/**
 * The slug a record gets: the one asked for, refused if another record uses it, or one made from
 * its name and numbered past those in use. `own` is the record's current slug, which it may keep.
 */
export async function chooseRegistrySlug(
  tx: Tx,
  entity: RegistryEntity,
  requested: string,
  fallback: string,
  own?: string,
): Promise<string> {
  if (requested) {
    if (requested === own) return own;
    const taken = await takenSlugs(tx, entity, requested);
    if (taken.has(requested)) throw new AppError("conflict", `The address "${requested}" is already used.`, { slug: "Already used" });
    return requested;
  }
  if (own) return own;
  if (!fallback) throw new AppError("validation", "The name has no letters or digits to make an address from; enter a slug.", { slug: "Required" });
  return uniqueSlug(fallback, await takenSlugs(tx, entity, fallback));
}

/** Keeps the old slug answering with a redirect to the record after a rename. */
export async function keepOldSlug(tx: Tx, entity: RegistryEntity, oldSlug: string, targetId: string): Promise<void> {
  await tx.slugRedirect.upsert({
    where: { entity_fromSlug: { entity, fromSlug: oldSlug } },
    create: { entity, fromSlug: oldSlug, targetId },
    update: { targetId },
  });
}
