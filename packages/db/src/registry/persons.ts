import {
  AppError,
  carryBases,
  combineTranslatedTexts,
  type ExposedItem,
  type MergeLinks,
  keysetPage,
  type ListPage,
  mergeExposure,
  type NamedListQuery,
  type PersonInput,
  type PersonInternalNotes,
  type PersonWithInternal,
  planPersonMerge,
  registryRevalidationTags,
  personSlug,
  type Person,
  SOURCE_LOCALE,
  type TranslatedTexts,
} from "@rightsdesk/domain";
import { type Actor, assertAllowed } from "../access/access";
import { recordAudit } from "../access/audit";
import { db, type Tx } from "../infra/client";
import { type Prisma } from "../generated/prisma/client";
import { countPersonMentions, repointPersonMentions } from "../articles/mentions";
import { type Revalidating } from "../articles/article-footprint";
import { changeRegistry, personFootprint } from "./footprint";
import { recordChange } from "./history";
import { toLocalized, toTranslated } from "../mappers";
import { mayMatchListQuery, personSearchText } from "./search-text";
import { editorPersonSelect, fromPartialDate, protectionSelect, toPersonWithInternal, toProtection, toVariants } from "./rows";
import { searchedPage } from "./searched-page";
import { chooseRegistrySlug, keepOldSlug } from "./slugs";

export type EditablePerson = PersonWithInternal & { version: number };

const notFound = () => new AppError("not_found", "This person does not exist (they may have been merged into another record).");

/** `before`: the person's bio as stored, so that translations the save leaves alone keep their bases. */
function personData(input: PersonInput, before: TranslatedTexts[] = []) {
  const birth = fromPartialDate(input.birth);
  return {
    name: input.name,
    birthYear: birth.year,
    birthMonth: birth.month,
    birthDay: birth.day,
    nationalities: input.nationalities,
    roles: input.roles,
    status: input.status,
    bio: input.bio,
    bioSource: carryBases(before, input.bio),
    confidentiality: input.confidentiality,
    searchText: personSearchText(input.name, input.variants),
  };
}

function internalData(input: PersonInput) {
  const { currentLocation = null, contactNotes = null, riskAssessment = null } = input.internalNotes;
  return { currentLocation, contactNotes, riskAssessment };
}

async function readBio(tx: Pick<Tx, "person">, id: string): Promise<TranslatedTexts> {
  const row = await tx.person.findUniqueOrThrow({ where: { id }, select: { bio: true, bioSource: true } });
  return toTranslated(row.bio, row.bioSource);
}

async function readPerson(tx: Pick<Tx, "person">, id: string): Promise<EditablePerson | null> {
  const row = await tx.person.findUnique({ where: { id }, select: editorPersonSelect });
  return row ? toPersonWithInternal(row) : null;
}

export type PersonListLine = Pick<Person, "id" | "slug" | "name" | "status" | "confidentiality" | "nationalities" | "variants">;

/** The editor's people list, A–Z: the people (internal ones too) whose name, in any spelling, and nationality answer the query. */
export async function searchPersons(query: NamedListQuery): Promise<ListPage<PersonListLine>> {
  const after = query.after;
  const where: Prisma.PersonWhereInput = {
    AND: [
      query.country ? { nationalities: { has: query.country } } : {},
      after ? { OR: [{ name: { gt: after.value } }, { name: after.value, id: { gt: after.id } }] } : {},
    ],
  };
  const orderBy = [{ name: "asc" }, { id: "asc" }] satisfies Prisma.PersonOrderByWithRelationInput[];
  const rows = await searchedPage(
    query.q,
    async () => {
      // The database narrows the registry to the few whose names may answer; the domain's matching decides.
      const candidates = await db().person.findMany({
        where: { AND: [where, mayMatchListQuery(query.q)] },
        orderBy,
        select: { id: true, name: true, variants: { select: { name: true } } },
      });
      return candidates.map((row) => ({ id: row.id, texts: [row.name, ...row.variants.map((variant) => variant.name)] }));
    },
    (ids, take) =>
      db().person.findMany({
        where: ids ? { id: { in: ids } } : where,
        orderBy,
        take,
        select: { id: true, slug: true, name: true, status: true, confidentiality: true, nationalities: true, variants: { select: { name: true, script: true, locale: true, kind: true }, orderBy: { id: "asc" } } },
      }),
  );
  const page = keysetPage(rows, (row) => row.name);
  return { ...page, items: page.items.map((row) => ({ ...row, variants: toVariants(row.variants) })) };
}

/** The whole record, internal notes included: for the editorial app only. */
export function getPersonForEditor(id: string): Promise<EditablePerson | null> {
  return readPerson(db(), id);
}

export async function createPerson(input: PersonInput, actor: Actor): Promise<Revalidating<EditablePerson>> {
  assertAllowed(actor, { kind: "registry.edit" });
  return db().$transaction(async (tx) => {
    const slug = await chooseRegistrySlug(tx, "person", input.slug, personSlug(input.name, input.variants));
    const { id } = await tx.person.create({
      data: {
        ...personData(input),
        slug,
        variants: { create: input.variants },
        internal: { create: internalData(input) },
      },
      select: { id: true },
    });
    const created = await readPerson(tx, id);
    if (!created) throw notFound();
    await recordChange(tx, { entity: "person", entityId: id, action: "create", actorId: actor.id, after: created });
    // A new person is on no other record's page yet; their own address may have been cached as not found.
    return { result: created, revalidate: registryRevalidationTags(await personFootprint(tx, id)) };
  });
}

/**
 * Saves a person. `baseVersion` is the version the editor opened: if someone saved in between, the
 * save is refused as a conflict and nothing is overwritten. A new slug keeps the old one as a redirect.
 */
export async function updatePerson(id: string, input: PersonInput, baseVersion: number, actor: Actor): Promise<Revalidating<EditablePerson>> {
  assertAllowed(actor, { kind: "registry.edit" });
  return db().$transaction((tx) => changeRegistry(tx, async () => [await personFootprint(tx, id)], async () => {
    const before = await readPerson(tx, id);
    if (!before) throw notFound();
    const conflict = () =>
      new AppError("conflict", `Someone else saved this person after you opened it (now version ${before.version}). Reload to see their changes; your form is kept.`);
    if (before.version !== baseVersion) throw conflict();
    const slug = await chooseRegistrySlug(tx, "person", input.slug, "", before.slug);
    const bio = await readBio(tx, id);
    const updated = await tx.person.updateMany({
      where: { id, version: baseVersion },
      data: { ...personData(input, [bio]), slug, version: baseVersion + 1 },
    });
    if (updated.count !== 1) throw conflict();
    if (slug !== before.slug) await keepOldSlug(tx, "person", before.slug, id);
    await tx.personNameVariant.deleteMany({ where: { personId: id } });
    await tx.personNameVariant.createMany({ data: input.variants.map((variant) => ({ ...variant, personId: id })) });
    await tx.personInternal.upsert({ where: { personId: id }, create: { personId: id, ...internalData(input) }, update: internalData(input) });
    const after = await readPerson(tx, id);
    await recordChange(tx, { entity: "person", entityId: id, action: "update", actorId: actor.id, before, after });
    return after ?? Promise.reject(notFound());
  }));
}

export type MergeChoice = {
  /**
   * The internal details the editor agreed to make public, exactly as the preview listed them.
   * Checked against what the merge would publish now, so a duplicate changed since the preview is not published unseen.
   */
  publish?: ExposedItem[];
};

/** What merging the duplicate into the survivor would make public: the editor confirms this list before the merge. */
export async function previewPersonMerge(survivorId: string, duplicateId: string, actor: Actor): Promise<{ exposed: ExposedItem[] }> {
  assertAllowed(actor, { kind: "registry.edit" });
  return db().$transaction(async (tx) => ({ exposed: (await planMerge(tx, survivorId, duplicateId)).exposed }));
}

async function planMerge(tx: Tx, survivorId: string, duplicateId: string) {
  const [survivor, duplicate] = await Promise.all([readPerson(tx, survivorId), readPerson(tx, duplicateId)]);
  if (!survivor || !duplicate) throw notFound();
  const plan = planPersonMerge(survivor, duplicate);
  return { survivor, duplicate, plan, exposed: mergeExposure(survivor, duplicate, plan, await readMergeLinks(tx, duplicateId)) };
}

async function readMergeLinks(tx: Tx, personId: string): Promise<MergeLinks> {
  const [protections, participations, relationships, articles, mentions] = await Promise.all([
    tx.protection.findMany({ where: { personId }, select: protectionSelect, orderBy: [{ year: "asc" }, { grantingState: "asc" }] }),
    tx.caseParticipant.findMany({ where: { personId }, select: { case: { select: { slug: true, title: true } } }, orderBy: { caseId: "asc" } }),
    tx.personRelationship.count({ where: { OR: [{ personId }, { relatedPersonId: personId }] } }),
    tx.articlePerson.count({ where: { personId } }),
    countPersonMentions(tx, personId),
  ]);
  return {
    protections: protections.map(toProtection),
    cases: participations.map((p) => toLocalized(p.case.title)[SOURCE_LOCALE] ?? p.case.slug),
    relationships,
    articles,
    mentions,
  };
}

function sameItems(a: readonly ExposedItem[], b: readonly ExposedItem[]): boolean {
  return a.length === b.length && a.every((item, i) => item.what === b[i]?.what && item.detail === b[i]?.detail);
}

/**
 * Merges a duplicate record into the survivor in one transaction: names, nationalities and roles
 * are combined, protections, cases, article links and relationships move over, mentions of it in
 * article bodies name the survivor, and the duplicate is removed. Nothing it knew is lost.
 * An internal duplicate merged into a public survivor would publish what it knew: that is refused
 * unless `choice.publish` confirms exactly what becomes public, and the choice is audited. An
 * internal duplicate's old addresses are dropped, never redirected: its slug spells its name.
 */
export async function mergePersons(survivorId: string, duplicateId: string, actor: Actor, choice: MergeChoice = {}): Promise<Revalidating<EditablePerson>> {
  assertAllowed(actor, { kind: "registry.edit" });
  const footprints = (tx: Tx) => Promise.all([personFootprint(tx, survivorId), personFootprint(tx, duplicateId)]);
  return db().$transaction((tx) => changeRegistry(tx, () => footprints(tx), async () => {
    const { survivor, duplicate, plan, exposed } = await planMerge(tx, survivorId, duplicateId);
    if (exposed.length > 0 && !sameItems(exposed, choice.publish ?? [])) {
      throw new AppError(
        "conflict",
        `${duplicate.name} is internal and ${survivor.name} is public: merging would publish ${exposed.length} internal detail${exposed.length === 1 ? "" : "s"}. Review the list and confirm to go on.`,
      );
    }
    // A biography the survivor lacks in some language is taken from the duplicate, with the English it was made from.
    const bio = combineTranslatedTexts(await readBio(tx, survivorId), await readBio(tx, duplicateId));

    await tx.person.update({
      where: { id: survivorId },
      data: {
        nationalities: plan.nationalities,
        roles: plan.roles,
        bio: bio.texts,
        bioSource: bio.bases,
        searchText: personSearchText(survivor.name, plan.variants),
        birthYear: survivor.birth?.year ?? duplicate.birth?.year ?? null,
        birthMonth: survivor.birth ? (survivor.birth.month ?? null) : (duplicate.birth?.month ?? null),
        birthDay: survivor.birth ? (survivor.birth.day ?? null) : (duplicate.birth?.day ?? null),
        version: { increment: 1 },
      },
    });
    await tx.personNameVariant.deleteMany({ where: { personId: { in: [survivorId, duplicateId] } } });
    await tx.personNameVariant.createMany({ data: plan.variants.map((variant) => ({ ...variant, personId: survivorId })) });

    const notes = combineNotes(survivor.internalNotes, duplicate.internalNotes);
    await tx.personInternal.upsert({
      where: { personId: survivorId },
      create: { personId: survivorId, ...notes },
      update: notes,
    });

    await tx.protection.updateMany({ where: { personId: duplicateId }, data: { personId: survivorId } });
    await moveLinks(tx, survivorId, duplicateId);
    await repointPersonMentions(tx, duplicateId, survivorId);

    if (duplicate.confidentiality === "internal") {
      await tx.slugRedirect.deleteMany({ where: { entity: "person", targetId: duplicateId } });
    } else {
      await keepOldSlug(tx, "person", duplicate.slug, survivorId);
      await tx.slugRedirect.updateMany({ where: { entity: "person", targetId: duplicateId }, data: { targetId: survivorId } });
    }
    await tx.person.delete({ where: { id: duplicateId } });

    const after = await readPerson(tx, survivorId);
    await recordChange(tx, { entity: "person", entityId: survivorId, action: "merge", actorId: actor.id, before: { survivor, duplicate }, after });
    await recordChange(tx, { entity: "person", entityId: duplicateId, action: "merge", actorId: actor.id, before: duplicate, after: { mergedInto: survivorId } });
    const published = exposed.length > 0 ? `; made ${exposed.length} internal detail${exposed.length === 1 ? "" : "s"} public` : "";
    await recordAudit(
      {
        action: "person.merge",
        actorId: actor.id,
        targetType: "person",
        targetId: survivorId,
        summary: `Merged ${duplicate.name} (${duplicate.confidentiality}) into ${survivor.name} (${survivor.confidentiality})${published}`,
        details: { duplicateId, published: exposed },
      },
      tx,
    );
    return after ?? Promise.reject(notFound());
  }));
}

/** The survivor's internal notes, with the duplicate's where the survivor has none. */
function combineNotes(survivor: PersonInternalNotes, duplicate: PersonInternalNotes): PersonInternalNotes {
  return {
    currentLocation: survivor.currentLocation || duplicate.currentLocation,
    contactNotes: survivor.contactNotes || duplicate.contactNotes,
    riskAssessment: survivor.riskAssessment || duplicate.riskAssessment,
  };
}

/** Case roles, article links and relationships of the duplicate, re-pointed; where the survivor already has one, the survivor's stays. */
async function moveLinks(tx: Tx, survivorId: string, duplicateId: string): Promise<void> {
  const participations = await tx.caseParticipant.findMany({ where: { personId: duplicateId } });
  for (const p of participations) {
    await tx.caseParticipant.upsert({
      where: { caseId_personId: { caseId: p.caseId, personId: survivorId } },
      create: { caseId: p.caseId, personId: survivorId, role: p.role },
      update: {},
    });
  }
  const articles = await tx.articlePerson.findMany({ where: { personId: duplicateId } });
  await tx.articlePerson.createMany({ data: articles.map((a) => ({ articleId: a.articleId, personId: survivorId })), skipDuplicates: true });

  const relationships = await tx.personRelationship.findMany({
    where: { OR: [{ personId: duplicateId }, { relatedPersonId: duplicateId }] },
  });
  const moved = relationships
    .map((r) => ({
      personId: r.personId === duplicateId ? survivorId : r.personId,
      relatedPersonId: r.relatedPersonId === duplicateId ? survivorId : r.relatedPersonId,
      kind: r.kind,
    }))
    // Two records of one person related to each other say nothing once they are one.
    .filter((r) => r.personId !== r.relatedPersonId);
  await tx.personRelationship.createMany({ data: moved, skipDuplicates: true });
}

/**
 * Removes a person with their protections, case roles and article links. The history keeps the
 * whole record as it was, so a deletion made by mistake can be undone by hand.
 */
export async function deletePerson(id: string, actor: Actor): Promise<Revalidating<void>> {
  assertAllowed(actor, { kind: "registry.edit" });
  return db().$transaction((tx) => changeRegistry(tx, async () => [await personFootprint(tx, id)], async () => {
    const before = await readPerson(tx, id);
    if (!before) throw notFound();
    const [protections, participations, articles] = await Promise.all([
      tx.protection.findMany({ where: { personId: id } }),
      tx.caseParticipant.findMany({ where: { personId: id } }),
      tx.articlePerson.findMany({ where: { personId: id } }),
    ]);
    await tx.person.delete({ where: { id } });
    await recordChange(tx, { entity: "person", entityId: id, action: "delete", actorId: actor.id, before: { ...before, protections, participations, articles } });
    await recordAudit({ action: "person.delete", actorId: actor.id, targetType: "person", targetId: id, summary: `Deleted person ${before.name} (${before.slug})` }, tx);
  }));
}
