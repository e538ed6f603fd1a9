import {
  AppError,
  carryBases,
  type Case,
  type CaseEvent,
  type CaseInput,
  type CaseParticipantInput,
  type CaseParticipantView,
  type CaseListQuery,
  keysetPage,
  type ListPage,
  registryRevalidationTags,
  slugify,
  SOURCE_LOCALE,
  sortTimeline,
  type TranslatedTexts,
} from "@rightsdesk/domain";
import { type Actor, assertAllowed } from "../access/access";
import { recordAudit } from "../access/audit";
import { db, type Tx } from "../infra/client";
import { type Prisma } from "../generated/prisma/client";
import { type Revalidating } from "../articles/article-footprint";
import { caseFootprint, changeRegistry } from "./footprint";
import { recordChange } from "./history";
import { toLocalized, toTranslated } from "../mappers";
import { caseSelect, fromPartialDate, toCase, toPartialDate } from "./rows";
import { searchedPage } from "./searched-page";
import { caseSearchText, mayMatchListQuery } from "./search-text";
import { chooseRegistrySlug, keepOldSlug } from "./slugs";

export type EditableCase = Case & { version: number };

const notFound = () => new AppError("not_found", "This case does not exist.");

async function readCase(tx: Pick<Tx, "case">, id: string): Promise<EditableCase | null> {
  const row = await tx.case.findUnique({ where: { id }, select: { ...caseSelect, version: true } });
  return row ? { ...toCase(row), version: row.version } : null;
}

function caseData(input: CaseInput) {
  return {
    title: input.title,
    searchText: caseSearchText(input.title),
    kind: input.kind,
    requestingStates: input.requestingStates,
    onBehalfOf: input.onBehalfOf,
    venueState: input.venueState,
    status: input.status,
    outcome: input.outcome,
  };
}

/**
 * A save replaces the whole timeline; `before` are the descriptions it replaces, so that a
 * translation the save left as it was keeps the English it was made from.
 */
const eventRows = (caseId: string, input: CaseInput, before: TranslatedTexts[] = []) =>
  input.timeline.map((event) => ({
    caseId,
    ...fromPartialDate(event.date),
    year: event.date.year,
    kind: event.kind,
    description: event.description,
    descriptionSource: carryBases(before, event.description),
    sourceUrl: event.sourceUrl,
  }));

export async function listCases(): Promise<Pick<Case, "id" | "slug" | "title" | "kind" | "status">[]> {
  const rows = await db().case.findMany({ orderBy: { createdAt: "desc" }, select: caseSelect });
  return rows.map(toCase);
}

/** The editor's cases list, newest first: the cases whose title, in any language, and states answer the query. */
export async function searchCases(query: CaseListQuery): Promise<ListPage<Pick<Case, "id" | "slug" | "title" | "kind" | "status">>> {
  const { country, after } = query;
  const where: Prisma.CaseWhereInput = {
    AND: [
      country ? { OR: [{ venueState: country }, { requestingStates: { has: country } }, { onBehalfOf: { has: country } }] } : {},
      after ? { OR: [{ createdAt: { lt: after.value } }, { createdAt: after.value, id: { gt: after.id } }] } : {},
    ],
  };
  const orderBy = [{ createdAt: "desc" }, { id: "asc" }] satisfies Prisma.CaseOrderByWithRelationInput[];
  const rows = await searchedPage(
    query.q,
    async () => {
      // The database narrows the cases to the few whose titles may answer; the domain's matching decides.
      const candidates = await db().case.findMany({ where: { AND: [where, mayMatchListQuery(query.q)] }, orderBy, select: { id: true, title: true } });
      return candidates.map((row) => ({ id: row.id, texts: Object.values(toLocalized(row.title)) }));
    },
    (ids, take) => db().case.findMany({ where: ids ? { id: { in: ids } } : where, orderBy, take, select: { ...caseSelect, createdAt: true } }),
  );
  const page = keysetPage(rows, (row) => row.createdAt);
  return { ...page, items: page.items.map(toCase) };
}

export function getCaseForEditor(id: string): Promise<EditableCase | null> {
  return readCase(db(), id);
}

export async function createCase(input: CaseInput, actor: Actor): Promise<Revalidating<EditableCase>> {
  assertAllowed(actor, { kind: "registry.edit" });
  return db().$transaction(async (tx) => {
    const slug = await chooseRegistrySlug(tx, "case", input.slug, slugify(input.title[SOURCE_LOCALE] ?? ""));
    const { id } = await tx.case.create({ data: { ...caseData(input), slug }, select: { id: true } });
    await tx.caseEvent.createMany({ data: eventRows(id, input) });
    const created = await readCase(tx, id);
    if (!created) throw notFound();
    await recordChange(tx, { entity: "case", entityId: id, action: "create", actorId: actor.id, after: created });
    // A new case has no participants yet; its own address may have been cached as not found.
    return { result: created, revalidate: registryRevalidationTags(await caseFootprint(tx, id)) };
  });
}

/** Saves a case with its whole timeline; refused as a conflict if someone saved since `baseVersion`. */
export async function updateCase(id: string, input: CaseInput, baseVersion: number, actor: Actor): Promise<Revalidating<EditableCase>> {
  assertAllowed(actor, { kind: "registry.edit" });
  return db().$transaction((tx) => changeRegistry(tx, async () => [await caseFootprint(tx, id)], async () => {
    const before = await readCase(tx, id);
    if (!before) throw notFound();
    const conflict = () => new AppError("conflict", "Someone else saved this case after you opened it. Reload to see their changes; your form is kept.");
    if (before.version !== baseVersion) throw conflict();
    const slug = await chooseRegistrySlug(tx, "case", input.slug, "", before.slug);
    const updated = await tx.case.updateMany({ where: { id, version: baseVersion }, data: { ...caseData(input), slug, version: baseVersion + 1 } });
    if (updated.count !== 1) throw conflict();
    if (slug !== before.slug) await keepOldSlug(tx, "case", before.slug, id);
    const replaced = await tx.caseEvent.findMany({ where: { caseId: id }, select: { description: true, descriptionSource: true } });
    await tx.caseEvent.deleteMany({ where: { caseId: id } });
    await tx.caseEvent.createMany({ data: eventRows(id, input, replaced.map((event) => toTranslated(event.description, event.descriptionSource))) });
    const after = await readCase(tx, id);
    await recordChange(tx, { entity: "case", entityId: id, action: "update", actorId: actor.id, before, after });
    return after ?? Promise.reject(notFound());
  }));
}

/** A timeline event with its id, for translating its description; the public Case carries no event ids. */
export type EditableCaseEvent = Pick<CaseEvent, "date" | "kind" | "description"> & { id: string };

/** A case's timeline in date order, each event addressable by its id. */
export async function listCaseEvents(caseId: string): Promise<EditableCaseEvent[]> {
  const rows = await db().caseEvent.findMany({
    where: { caseId },
    select: { id: true, year: true, month: true, day: true, kind: true, description: true },
    orderBy: { id: "asc" },
  });
  return sortTimeline(
    rows.map((row) => ({ id: row.id, date: toPartialDate(row) ?? { year: row.year }, kind: row.kind, description: toLocalized(row.description) })),
  );
}

/** Who takes part in a case, as the case form edits them. */
export async function listCaseParticipants(caseId: string): Promise<CaseParticipantView[]> {
  const rows = await db().caseParticipant.findMany({
    where: { caseId },
    select: { personId: true, role: true, person: { select: { name: true, confidentiality: true } } },
    orderBy: { personId: "asc" },
  });
  return rows.map(({ person, ...row }) => ({ ...row, name: person.name, internal: person.confidentiality === "internal" }));
}

/** Replaces who takes part in a case; every person must exist. */
export async function setCaseParticipants(caseId: string, participants: CaseParticipantInput[], actor: Actor): Promise<Revalidating<void>> {
  assertAllowed(actor, { kind: "registry.edit" });
  return db().$transaction((tx) => changeRegistry(tx, async () => [await caseFootprint(tx, caseId)], async () => {
    if (!(await tx.case.findUnique({ where: { id: caseId }, select: { id: true } }))) throw notFound();
    const ids = participants.map((p) => p.personId);
    const found = await tx.person.count({ where: { id: { in: ids } } });
    if (found !== new Set(ids).size) throw new AppError("validation", "A participant is not a person in the registry.");
    const before = await tx.caseParticipant.findMany({ where: { caseId }, select: { personId: true, role: true } });
    await tx.caseParticipant.deleteMany({ where: { caseId } });
    await tx.caseParticipant.createMany({ data: participants.map((p) => ({ ...p, caseId })) });
    await recordChange(tx, { entity: "case", entityId: caseId, action: "update", actorId: actor.id, before: { participants: before }, after: { participants } });
  }));
}

/** Removes a case with its timeline and participants; the history keeps the whole record as it was. */
export async function deleteCase(id: string, actor: Actor): Promise<Revalidating<void>> {
  assertAllowed(actor, { kind: "registry.edit" });
  return db().$transaction((tx) => changeRegistry(tx, async () => [await caseFootprint(tx, id)], async () => {
    const before = await readCase(tx, id);
    if (!before) throw notFound();
    const participants = await tx.caseParticipant.findMany({ where: { caseId: id } });
    await tx.case.delete({ where: { id } });
    await recordChange(tx, { entity: "case", entityId: id, action: "delete", actorId: actor.id, before: { ...before, participants } });
    await recordAudit({ action: "case.delete", actorId: actor.id, targetType: "case", targetId: id, summary: `Deleted case ${before.title[SOURCE_LOCALE] ?? before.slug} (${before.slug})` }, tx);
  }));
}
