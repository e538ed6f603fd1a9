import {
  accountThrottleKey,
  AppError,
  decideRoleChange,
  type Email,
  type NewUser,
  type PasswordChange,
  type Role,
  signInWaitMessage,
  type User,
} from "@rightsdesk/domain";
import bcrypt from "bcryptjs";
import { type Actor, assertAllowed } from "./access";
import { recordAudit } from "./audit";
import { clearSignInFailures, recordSignInFailure, signInWait } from "./sign-in-throttle";
import { db } from "../infra/client";
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

/** A user as a new session records them: with the session version that session will carry. */
export type SignedInUser = User & { sessionVersion: number };

/** The user whose email and password match, or null; the same answer for an unknown email and a wrong password. */
export async function verifyCredentials(email: Email, password: string): Promise<SignedInUser | null> {
  const row = await db().user.findUnique({
    where: { email },
    omit: { passwordHash: false },
  });
  // Compare even when no user exists, so response time does not reveal which emails have accounts.
  const matches = await bcrypt.compare(password, row?.passwordHash ?? (await unknownUserHash()));
  if (!row || !matches) return null;
  return { id: row.id, email: row.email, name: row.name, role: row.role, sessionVersion: row.sessionVersion };
}

const userSelect = { id: true, email: true, name: true, role: true } as const;

export async function getUser(id: string): Promise<User | null> {
  return db().user.findUnique({ where: { id }, select: userSelect });
}

/** The user of a session, or null when the session was issued before their sessions were ended. */
export async function getSessionUser(id: string, sessionVersion: number): Promise<User | null> {
  return db().user.findFirst({ where: { id, sessionVersion }, select: userSelect });
}

/** Ends every session of the user (sign-out, a new role, a new password): the next request of each is refused. */
export async function endSessions(userId: string): Promise<void> {
  await db().user.updateMany({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}

/** Every account, for the admin's user list. */
export async function listUsers(actor: Actor): Promise<User[]> {
  assertAllowed(actor, { kind: "user.manage" });
  return db().user.findMany({ select: userSelect, orderBy: [{ name: "asc" }, { email: "asc" }] });
}

/**
 * Gives a user another role and records it in the audit log in the same transaction. The admins'
 * rows are locked first, so two admins demoting each other at once are decided one after the other
 * and the second finds no other admin left.
 */
export async function setUserRole(userId: string, role: Role, actor: Actor): Promise<User> {
  assertAllowed(actor, { kind: "user.manage" });
  return db().$transaction(async (tx) => {
    const admins = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "User" WHERE role = 'admin' FOR UPDATE`;
    const target = await tx.user.findUnique({ where: { id: userId }, select: userSelect });
    if (!target) throw new AppError("not_found", "This user does not exist (the account may have been deleted).");
    const decision = decideRoleChange({
      actorId: actor.id,
      target,
      role,
      otherAdmins: admins.filter((admin) => admin.id !== target.id).length,
    });
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
  const taken = () => new AppError("conflict", `${email} already has an account.`, { email: "Already used by another account" });
  if (await db().user.findUnique({ where: { email }, select: { id: true } })) throw taken();
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
