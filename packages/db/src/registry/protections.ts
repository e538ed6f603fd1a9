import { AppError, checkProtectionDate, type Protection, type ProtectionInput } from "@rightsdesk/domain";
import { type Revalidating } from "../articles/article-footprint";
import { type Actor, assertAllowed } from "../access/access";
import { recordAudit } from "../access/audit";
import { db, type Tx } from "../infra/client";
import { changeRegistry, personFootprint } from "./footprint";
import { recordChange } from "./history";
import { fromPartialDate, protectionSelect, toPartialDate, toProtection } from "./rows";

const notFound = () => new AppError("not_found", "This protection does not exist.");

/** The person must exist and the date must not precede their birth. */
async function checkAgainstPerson(tx: Tx, input: ProtectionInput): Promise<void> {
  const person = await tx.person.findUnique({
    where: { id: input.personId },
    select: { birthYear: true, birthMonth: true, birthDay: true },
  });
  if (!person) throw new AppError("validation", "This person does not exist in the registry.", { personId: "Choose an existing person" });
  const problem = checkProtectionDate(input.date, toPartialDate({ year: person.birthYear, month: person.birthMonth, day: person.birthDay }));
  if (problem) throw new AppError("validation", problem, { date: problem });
  if (input.sourceArticleId && !(await tx.article.findUnique({ where: { id: input.sourceArticleId }, select: { id: true } }))) {
    throw new AppError("validation", "The source article does not exist.", { sourceArticleId: "Choose an existing article" });
  }
}

const protectionData = (input: ProtectionInput) => ({
  personId: input.personId,
  type: input.type,
  grantingState: input.grantingState,
  ...fromPartialDate(input.date),
  status: input.status,
  sourceUrl: input.sourceUrl,
  sourceArticleId: input.sourceArticleId,
});

/** A protection as the editor edits it: with the version a save must start from. */
export type EditableProtection = Protection & { version: number };

export async function listProtectionsOfPerson(personId: string): Promise<EditableProtection[]> {
  const rows = await db().protection.findMany({
    where: { personId },
    select: { ...protectionSelect, version: true },
    orderBy: [{ year: "asc" }, { createdAt: "asc" }],
  });
  return rows.map((row) => ({ ...toProtection(row), version: row.version }));
}

/** A protection shows on its person's page: the pages to revalidate are those of the persons it belongs to. */
const personsOf = (tx: Tx, personIds: readonly string[]) => () => Promise.all([...new Set(personIds)].map((id) => personFootprint(tx, id)));

export async function createProtection(input: ProtectionInput, actor: Actor): Promise<Revalidating<Protection>> {
  assertAllowed(actor, { kind: "registry.edit" });
  return db().$transaction((tx) => changeRegistry(tx, personsOf(tx, [input.personId]), async () => {
    await checkAgainstPerson(tx, input);
    const created = toProtection(await tx.protection.create({ data: protectionData(input), select: protectionSelect }));
    await recordChange(tx, { entity: "protection", entityId: created.id, action: "create", actorId: actor.id, after: created });
    return created;
  }));
}

export async function updateProtection(id: string, input: ProtectionInput, baseVersion: number, actor: Actor): Promise<Revalidating<Protection>> {
  assertAllowed(actor, { kind: "registry.edit" });
  return db().$transaction(async (tx) => {
    const row = await tx.protection.findUnique({ where: { id }, select: { ...protectionSelect, version: true } });
    if (!row) throw notFound();
    // Moved to another person, it leaves the first one's page.
    return changeRegistry(tx, personsOf(tx, [row.personId, input.personId]), async () => {
      await checkAgainstPerson(tx, input);
      const updated = await tx.protection.updateMany({ where: { id, version: baseVersion }, data: { ...protectionData(input), version: baseVersion + 1 } });
      if (updated.count !== 1) throw new AppError("conflict", "Someone else saved this protection after you opened it. Reload to see their changes.");
      const after = toProtection(await tx.protection.findUniqueOrThrow({ where: { id }, select: protectionSelect }));
      await recordChange(tx, { entity: "protection", entityId: id, action: "update", actorId: actor.id, before: toProtection(row), after });
      return after;
    });
  });
}

export async function deleteProtection(id: string, actor: Actor): Promise<Revalidating<void>> {
  assertAllowed(actor, { kind: "registry.edit" });
  return db().$transaction(async (tx) => {
    const row = await tx.protection.findUnique({ where: { id }, select: { ...protectionSelect, person: { select: { name: true } } } });
    if (!row) throw notFound();
    return changeRegistry(tx, personsOf(tx, [row.personId]), async () => {
      await tx.protection.delete({ where: { id } });
      const { person, ...protection } = row;
      await recordChange(tx, { entity: "protection", entityId: id, action: "delete", actorId: actor.id, before: toProtection(protection) });
      const summary = `Deleted protection of ${person.name}: ${protection.type} by ${protection.grantingState}`;
      await recordAudit({ action: "protection.delete", actorId: actor.id, targetType: "protection", targetId: id, summary }, tx);
    });
  });
}
