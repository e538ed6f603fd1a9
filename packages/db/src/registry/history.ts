import { db, type Tx } from "../infra/client";
import { type Prisma, type RegistryEntity } from "../generated/prisma/client";


/** Records one change in the same transaction as the change itself, so neither exists without the other. */
export function recordChange(
  tx: Tx,
  change: { entity: RegistryEntity; entityId: string; action: "create" | "update" | "delete" | "merge"; actorId: string; before?: unknown; after?: unknown },
) {
  return tx.registryChange.create({
    data: {
      entity: change.entity,
      entityId: change.entityId,
      action: change.action,
      actorId: change.actorId,
      before: change.before === undefined ? undefined : (JSON.parse(JSON.stringify(change.before)) as Prisma.InputJsonValue),
      after: change.after === undefined ? undefined : (JSON.parse(JSON.stringify(change.after)) as Prisma.InputJsonValue),
    },
  });
}

export type RegistryChangeEntry = {
  id: string;
  action: string;
  at: Date;
  actor: { id: string; name: string };
  before: Prisma.JsonValue;
  after: Prisma.JsonValue;
};

/** Every recorded change of one record, newest first: who, when, old → new. */
export async function listChanges(entity: RegistryEntity, entityId: string): Promise<RegistryChangeEntry[]> {
  return db().registryChange.findMany({
    where: { entity, entityId },
    orderBy: { at: "desc" },
    select: { id: true, action: true, at: true, before: true, after: true, actor: { select: { id: true, name: true } } },
  });
}
