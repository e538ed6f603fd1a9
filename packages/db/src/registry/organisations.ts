import { AppError, keysetPage, type ListPage, type NamedListQuery, type Organisation, type OrganisationInput, registryRevalidationTags, slugify } from "@rightsdesk/domain";
import { type Revalidating } from "../articles/article-footprint";
import { type Actor, assertAllowed } from "../access/access";
import { recordAudit } from "../access/audit";
import { db } from "../infra/client";
import { type Prisma } from "../generated/prisma/client";
import { changeRegistry, organisationFootprint } from "./footprint";
import { recordChange } from "./history";
import { searchedPage } from "./searched-page";
import { mayMatchListQuery, organisationSearchText } from "./search-text";
import { chooseRegistrySlug, keepOldSlug } from "./slugs";

const organisationSelect = { id: true, slug: true, name: true, kind: true, country: true, website: true } as const;
const editableSelect = { ...organisationSelect, version: true } as const;

export type EditableOrganisation = Organisation & { version: number };

const notFound = () => new AppError("not_found", "This organisation does not exist.");

/** The editor's organisations list, A–Z: those whose name answers the query (any spelling) and of the country. */
export async function searchOrganisations(query: NamedListQuery): Promise<ListPage<Organisation>> {
  const after = query.after;
  const where: Prisma.OrganisationWhereInput = {
    AND: [query.country ? { country: query.country } : {}, after ? { OR: [{ name: { gt: after.value } }, { name: after.value, id: { gt: after.id } }] } : {}],
  };
  const orderBy = [{ name: "asc" }, { id: "asc" }] satisfies Prisma.OrganisationOrderByWithRelationInput[];
  const rows = await searchedPage(
    query.q,
    async () =>
      (await db().organisation.findMany({ where: { AND: [where, mayMatchListQuery(query.q)] }, orderBy, select: { id: true, name: true } })).map((row) => ({
        id: row.id,
        texts: [row.name],
      })),
    (ids, take) => db().organisation.findMany({ where: ids ? { id: { in: ids } } : where, orderBy, take, select: organisationSelect }),
  );
  return keysetPage(rows, (row) => row.name);
}

export function getOrganisation(id: string): Promise<EditableOrganisation | null> {
  return db().organisation.findUnique({ where: { id }, select: editableSelect });
}

export async function createOrganisation(input: OrganisationInput, actor: Actor): Promise<Revalidating<EditableOrganisation>> {
  assertAllowed(actor, { kind: "registry.edit" });
  return db().$transaction(async (tx) => {
    const slug = await chooseRegistrySlug(tx, "organisation", input.slug, slugify(input.name));
    const { slug: _requested, ...data } = input;
    const created = await tx.organisation.create({ data: { ...data, slug, searchText: organisationSearchText(data.name) }, select: editableSelect });
    await recordChange(tx, { entity: "organisation", entityId: created.id, action: "create", actorId: actor.id, after: created });
    // A new organisation is in the index only: no article can mention it yet.
    return { result: created, revalidate: registryRevalidationTags() };
  });
}

/**
 * Saves an organisation. `baseVersion` is the version the editor opened: if someone saved in between,
 * the save is refused as a conflict and nothing is overwritten. An empty slug keeps the current one,
 * a new slug leaves the old one redirecting.
 */
export async function updateOrganisation(id: string, input: OrganisationInput, baseVersion: number, actor: Actor): Promise<Revalidating<EditableOrganisation>> {
  assertAllowed(actor, { kind: "registry.edit" });
  return db().$transaction((tx) => changeRegistry(tx, async () => [await organisationFootprint(tx, id)], async () => {
    const before = await tx.organisation.findUnique({ where: { id }, select: editableSelect });
    if (!before) throw notFound();
    const conflict = () =>
      new AppError("conflict", `Someone else saved this organisation after you opened it (now version ${before.version}). Reload to see their changes; your form is kept.`);
    if (before.version !== baseVersion) throw conflict();
    const slug = await chooseRegistrySlug(tx, "organisation", input.slug, "", before.slug);
    const { slug: _requested, ...data } = input;
    const updated = await tx.organisation.updateMany({ where: { id, version: baseVersion }, data: { ...data, slug, searchText: organisationSearchText(data.name), version: baseVersion + 1 } });
    if (updated.count !== 1) throw conflict();
    if (slug !== before.slug) await keepOldSlug(tx, "organisation", before.slug, id);
    const after = await tx.organisation.findUniqueOrThrow({ where: { id }, select: editableSelect });
    await recordChange(tx, { entity: "organisation", entityId: id, action: "update", actorId: actor.id, before, after });
    return after;
  }));
}

/** Removes an organisation; the history keeps it as it was. */
export async function deleteOrganisation(id: string, actor: Actor): Promise<Revalidating<void>> {
  assertAllowed(actor, { kind: "registry.edit" });
  return db().$transaction((tx) => changeRegistry(tx, async () => [await organisationFootprint(tx, id)], async () => {
    const before = await tx.organisation.findUnique({ where: { id }, select: organisationSelect });
    if (!before) throw notFound();
    await tx.organisation.delete({ where: { id } });
    await recordChange(tx, { entity: "organisation", entityId: id, action: "delete", actorId: actor.id, before });
    await recordAudit({ action: "organisation.delete", actorId: actor.id, targetType: "organisation", targetId: id, summary: `Deleted organisation ${before.name} (${before.slug})` }, tx);
  }));
}
