import {
  type AccountChange,
  type AccountStatus,
  accountThrottleKey,
  AppError,
  decideAccountChange,
  decideRoleChange,
  type Email,
  type ManagedUser,
  type NewUser,
  type PasswordChange,
  type PasswordReset,
  type Role,
  signInWaitMessage,
  type User,
} from "@rightsdesk/domain";
import bcrypt from "bcryptjs";
import { type Actor, assertAllowed } from "./access";
import { recordAudit } from "./audit";
import { clearSignInFailures, recordSignInFailure, signInWait } from "./sign-in-throttle";
import { db, type Tx } from "../infra/client";
import { Prisma } from "../generated/prisma/client";

const BCRYPT_COST = 12;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, BCRYPT_COST);
}

let placeholderHash: Promise<string> | undefined;
function unknownUserHash(): Promise<string> {
  placeholderHash ??= hashPassword("no such user");
  return placeholderHash;
}

/**
 * A user as a new session records them: with the session version that session will carry, and whether the
 * account is deactivated (sign-in then refuses it with a message of its own).
 */
export type SignedInUser = User & { sessionVersion: number; deactivated: boolean };

/**
 * The user whose email and password match, or null; the same answer for an unknown email and a wrong password.
 * A deactivated account is told apart only to whoever knows its password.
 */
export async function verifyCredentials(email: Email, password: string): Promise<SignedInUser | null> {
  const row = await db().user.findUnique({
    where: { email },
    omit: { passwordHash: false },
  });
  // Compare even when no user exists, so response time does not reveal which emails have accounts.
  const matches = await bcrypt.compare(password, row?.passwordHash ?? (await unknownUserHash()));
  if (!row || !matches) return null;
  return { id: row.id, email: row.email, name: row.name, role: row.role, sessionVersion: row.sessionVersion, deactivated: row.deactivatedAt !== null };
}

const userSelect = { id: true, email: true, name: true, role: true } as const;
const managedUserSelect = { ...userSelect, deactivatedAt: true } as const;

export async function getUser(id: string): Promise<User | null> {
  return db().user.findUnique({ where: { id }, select: userSelect });
}

/** The user of a session, or null when the session was issued before their sessions were ended or the account is deactivated. */
export async function getSessionUser(id: string, sessionVersion: number): Promise<User | null> {
  return db().user.findFirst({ where: { id, sessionVersion, deactivatedAt: null }, select: userSelect });
}

/** Ends every session of the user (sign-out, a new role, a new password): the next request of each is refused. */
export async function endSessions(userId: string): Promise<void> {
  await db().user.updateMany({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}

/** Every account, deactivated ones too, for the admin's user list. */
export async function listUsers(actor: Actor): Promise<ManagedUser[]> {
  assertAllowed(actor, { kind: "user.manage" });
  return db().user.findMany({ select: managedUserSelect, orderBy: [{ name: "asc" }, { email: "asc" }] });
}

const unknownUser = () => new AppError("not_found", "This user does not exist (the account may have been deleted).");

/**
 * Locks every admin's row and counts the active ones besides the target, so that two admins demoting or
 * deactivating each other at once are decided one after the other and the second finds no other admin left.
 */
async function otherActiveAdmins(tx: Tx, targetId: string): Promise<number> {
  const admins = await tx.$queryRaw<{ id: string; active: boolean }[]>`SELECT id, "deactivatedAt" IS NULL AS active FROM "User" WHERE role = 'admin' FOR UPDATE`;
  return admins.filter((admin) => admin.active && admin.id !== targetId).length;
}

/** Gives a user another role and records it in the audit log in the same transaction; the last active admin keeps theirs. */
export async function setUserRole(userId: string, role: Role, actor: Actor): Promise<User> {
  assertAllowed(actor, { kind: "user.manage" });
  return db().$transaction(async (tx) => {
    const otherAdmins = await otherActiveAdmins(tx, userId);
    const row = await tx.user.findUnique({ where: { id: userId }, select: managedUserSelect });
    if (!row) throw unknownUser();
    const { deactivatedAt, ...target } = row;
    const decision = decideRoleChange({ actorId: actor.id, target: { ...target, deactivated: deactivatedAt !== null }, role, otherAdmins });
    if (!decision.allowed) throw new AppError("conflict", decision.reason);
    if (target.role === role) return target;
    // Sessions issued under the old role end: the user signs in again and sees what the new role allows.
    const updated = await tx.user.update({ where: { id: userId }, data: { role, sessionVersion: { increment: 1 } }, select: userSelect });
    await recordAudit(
      {
        action: "user.role",
        actorId: actor.id,
        targetType: "user",
        targetId: userId,
        summary: `${target.name} (${target.email}): ${target.role} → ${role}`,
        details: { before: target.role, after: role },
      },
      tx,
    );
    return updated;
  });
}

/**
 * An admin adds an account with its first password, recorded in the audit log in the same transaction. The input
 * is `ZNewUser`'s output: its email comes normalised (trimmed, lower case) from the caller's parse.
 */
export async function createUser(input: NewUser, actor: Actor): Promise<User> {
  assertAllowed(actor, { kind: "user.manage" });
  const { email, name, role, password } = input;
  const taken = (deactivated = false) =>
    new AppError("conflict", `${email} already has an account${deactivated ? ", deactivated: reactivate it in the list of users" : ""}.`, {
      email: "Already used by another account",
    });
  const existing = await db().user.findUnique({ where: { email }, select: { deactivatedAt: true } });
  if (existing) throw taken(existing.deactivatedAt !== null);
  const passwordHash = await hashPassword(password);
  try {
    return await db().$transaction(async (tx) => {
      const user = await tx.user.create({ data: { email, name, role, passwordHash }, select: userSelect });
      await recordAudit(
        { action: "user.create", actorId: actor.id, targetType: "user", targetId: user.id, summary: `${name} (${email}) as ${role}`, details: { role } },
        tx,
      );
      return user;
    });
  } catch (error) {
    // Two admins adding the same address at once: the second meets the unique index, not the check above.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw taken();
    throw error;
  }
}

/**
 * A user sets a new password, proving the current one. A wrong current password counts against the account as a
 * failed sign-in would, so the form cannot be used to guess it from an unattended session. Every session of the
 * user ends, this one too: whoever knew the old password is out at once.
 */
export async function changeOwnPassword(actor: Actor, change: Pick<PasswordChange, "currentPassword" | "newPassword">): Promise<void> {
  const row = await db().user.findUnique({ where: { id: actor.id }, omit: { passwordHash: false } });
  if (!row) throw new AppError("not_found", "This account does not exist any more.");
  const keys = [accountThrottleKey(row.email)];
  const wait = await signInWait(keys);
  if (wait > 0) throw new AppError("too_many_requests", signInWaitMessage(wait));
  if (!(await bcrypt.compare(change.currentPassword, row.passwordHash))) {
    await recordSignInFailure(keys);
    throw new AppError("validation", "Your current password is not the one you typed. Nothing was changed.", { currentPassword: "Not your current password" });
  }
  await clearSignInFailures(accountThrottleKey(row.email));
  const passwordHash = await hashPassword(change.newPassword);
  await db().$transaction(async (tx) => {
    await tx.user.update({ where: { id: row.id }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    await recordAudit({ action: "user.password", actorId: actor.id, targetType: "user", targetId: row.id, summary: `${row.name} (${row.email})` }, tx);
  });
}

/**
 * Checks an admin's change to someone else's account inside its transaction: the target (with its row
 * locked, as the admins' are) or a 404, a 409 when the rules refuse it.
 */
async function lockTarget(tx: Tx, userId: string, change: AccountChange, actor: Actor): Promise<ManagedUser> {
  const otherAdmins = await otherActiveAdmins(tx, userId);
  const [target] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "User" WHERE id = ${userId} FOR UPDATE`;
  if (!target) throw unknownUser();
  const user = await tx.user.findUniqueOrThrow({ where: { id: target.id }, select: managedUserSelect });
  const decision = decideAccountChange({ actorId: actor.id, target: user, change, otherActiveAdmins: otherAdmins });
  if (!decision.allowed) throw new AppError("conflict", decision.reason);
  return user;
}

/**
 * An admin sets a new first password for someone who forgot theirs. Every session of that user ends, and the
 * reset is audited (the password never is).
 */
export async function resetPassword(userId: string, input: PasswordReset, actor: Actor): Promise<void> {
  assertAllowed(actor, { kind: "user.manage" });
  const passwordHash = await hashPassword(input.password);
  const target = await db().$transaction(async (tx) => {
    const user = await lockTarget(tx, userId, "reset-password", actor);
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    await recordAudit({ action: "user.password_reset", actorId: actor.id, targetType: "user", targetId: user.id, summary: `${user.name} (${user.email})` }, tx);
    return user;
  });
  // Failed guesses at the old password no longer make the owner wait with the new one.
  await clearSignInFailures(accountThrottleKey(target.email));
}

/**
 * Takes away or gives back a user's access. Deactivating ends every session at once and keeps the row, so that
 * articles, revisions and audit entries keep the person; the last active admin is never deactivated. A status
 * the account already has changes nothing and records nothing.
 */
export async function setUserStatus(userId: string, status: AccountStatus, actor: Actor): Promise<ManagedUser> {
  assertAllowed(actor, { kind: "user.manage" });
  return db().$transaction(async (tx) => {
    const target = await lockTarget(tx, userId, status, actor);
    if ((target.deactivatedAt === null) === (status === "active")) return target;
    const deactivating = status === "deactivated";
    const updated = await tx.user.update({
      where: { id: target.id },
      data: deactivating ? { deactivatedAt: new Date(), sessionVersion: { increment: 1 } } : { deactivatedAt: null },
      select: managedUserSelect,
    });
    await recordAudit(
      {
        action: deactivating ? "user.deactivate" : "user.reactivate",
        actorId: actor.id,
        targetType: "user",
        targetId: target.id,
        summary: `${target.name} (${target.email})`,
      },
      tx,
    );
    return updated;
  });
}

/** Creates the user or updates name, role and password of the one with that email. */
export async function upsertUser(input: { email: Email; name: string; role: Role; password: string }): Promise<User> {
  const passwordHash = await hashPassword(input.password);
  const { email } = input;
  return db().user.upsert({
    where: { email },
    create: { email, name: input.name, role: input.role, passwordHash },
    // A new password ends the sessions signed in with the old one.
    update: { name: input.name, role: input.role, passwordHash, sessionVersion: { increment: 1 } },
    select: { id: true, email: true, name: true, role: true },
  });
}
