import { type Role, type User } from "@rightsdesk/domain";
import bcrypt from "bcryptjs";
import { db } from "./client";

const BCRYPT_COST = 12;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, BCRYPT_COST);
}

let placeholderHash: Promise<string> | undefined;
function unknownUserHash(): Promise<string> {
  placeholderHash ??= hashPassword("no such user");
  return placeholderHash;
}

/** The user whose email and password match, or null; the same answer for an unknown email and a wrong password. */
export async function verifyCredentials(email: string, password: string): Promise<User | null> {
  const row = await db().user.findUnique({
    where: { email: email.toLowerCase() },
    omit: { passwordHash: false },
  });
  // Compare even when no user exists, so response time does not reveal which emails have accounts.
  const matches = await bcrypt.compare(password, row?.passwordHash ?? (await unknownUserHash()));
  if (!row || !matches) return null;
  return { id: row.id, email: row.email, name: row.name, role: row.role };
}

export async function getUser(id: string): Promise<User | null> {
  return db().user.findUnique({ where: { id }, select: { id: true, email: true, name: true, role: true } });
}

/** Creates the user or updates name, role and password of the one with that email. */
export async function upsertUser(input: { email: string; name: string; role: Role; password: string }): Promise<User> {
  const passwordHash = await hashPassword(input.password);
  const email = input.email.toLowerCase();
  return db().user.upsert({
    where: { email },
    create: { email, name: input.name, role: input.role, passwordHash },
    update: { name: input.name, role: input.role, passwordHash },
    select: { id: true, email: true, name: true, role: true },
  });
}
