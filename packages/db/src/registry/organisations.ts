import { AppError, type Organisation, type OrganisationInput, slugify } from "@rightsdesk/domain";
import { type Actor, assertAllowed } from "../access";
import { recordAudit } from "../audit";
import { db } from "../client";
import { recordChange } from "./history";
import { chooseRegistrySlug, keepOldSlug } from "./slugs";

const organisationSelect = { id: true, slug: true, name: true, kind: true, country: true, website: true } as const;

export function listOrganisations(): Promise<Organisation[]> {
  return db().organisation.findMany({ orderBy: { name: "asc" }, select: organisationSelect });
}

export function getOrganisation(id: string): Promise<Organisation | null> {
  return db().organisation.findUnique({ where: { id }, select: organisationSelect });
}

export async function createOrganisation(input: OrganisationInput, actor: Actor): Promise<Organisation> {
  assertAllowed(actor, { kind: "registry.edit" });
  return db().$transaction(async (tx) => {
    const slug = await chooseRegistrySlug(tx, "organisation", input.slug, slugify(input.name));
    const { slug: _requested, ...data } = input;
    const created = await tx.organisation.create({ data: { ...data, slug }, select: organisationSelect });
    await recordChange(tx, { entity: "organisation", entityId: created.id, action: "create", actorId: actor.id, after: created });
    return created;
  });
}

/** Saves an organisation; an empty slug keeps the current one, a new slug leaves the old one redirecting. */
export async function updateOrganisation(id: string, input: OrganisationInput, actor: Actor): Promise<Organisation> {
  assertAllowed(actor, { kind: "registry.edit" });
  return db().$transaction(async (tx) => {
    const before = await tx.organisation.findUnique({ where: { id }, select: organisationSelect });
    if (!before) throw new AppError("not_found", "This organisation does not exist.");
    const slug = await chooseRegistrySlug(tx, "organisation", input.slug, "", before.slug);
    const { slug: _requested, ...data } = input;
    const after = await tx.organisation.update({ where: { id }, data: { ...data, slug }, select: organisationSelect });
    if (slug !== before.slug) await keepOldSlug(tx, "organisation", before.slug, id);
    await recordChange(tx, { entity: "organisation", entityId: id, action: "update", actorId: actor.id, before, after });
    return after;
  });
}

/** Removes an organisation; the history keeps it as it was. */
export async function deleteOrganisation(id: string, actor: Actor): Promise<void> {
  assertAllowed(actor, { kind: "registry.edit" });
  await db().$transaction(async (tx) => {
    const before = await tx.organisation.findUnique({ where: { id }, select: organisationSelect });
    if (!before) throw new AppError("not_found", "This organisation does not exist.");
    await tx.organisation.delete({ where: { id } });
    await recordChange(tx, { entity: "organisation", entityId: id, action: "delete", actorId: actor.id, before });
    await recordAudit({ action: "organisation.delete", actorId: actor.id, targetType: "organisation", targetId: id, summary: `Deleted organisation ${before.name} (${before.slug})` }, tx);
  });
}
