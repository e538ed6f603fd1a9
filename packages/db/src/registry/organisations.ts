import { type Organisation, type OrganisationInput, slugify } from "@rightsdesk/domain";
import { type Actor, assertAllowed } from "../access";
import { db } from "../client";
import { recordChange } from "./history";
import { chooseRegistrySlug } from "./slugs";

const organisationSelect = { id: true, slug: true, name: true, kind: true, country: true, website: true } as const;

export function listOrganisations(): Promise<Organisation[]> {
  return db().organisation.findMany({ orderBy: { name: "asc" }, select: organisationSelect });
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
