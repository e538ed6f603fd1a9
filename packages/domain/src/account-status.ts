import { z } from "zod";
import { type Decision, type Role } from "./role";
import { type User } from "./user";

/*
 * Someone who leaves the newsroom is deactivated, never deleted: their articles, revisions and audit entries
 * keep their name. A deactivated account cannot sign in and no session of it is accepted; an admin can
 * reactivate it.
 */

export const ACCOUNT_STATUSES = ["active", "deactivated"] as const;
export type AccountStatus = (typeof ACCOUNT_STATUSES)[number];
export const ZAccountStatusChange = z.object({
  status: z.enum(ACCOUNT_STATUSES, { error: `Choose one of: ${ACCOUNT_STATUSES.join(", ")}` }),
});
export type AccountStatusChange = z.infer<typeof ZAccountStatusChange>;

/** A user as the admins' list shows them: with the time they were deactivated, if they were. */
export type ManagedUser = User & { deactivatedAt: Date | null };

export const statusOf = (user: { deactivatedAt: Date | null }): AccountStatus => (user.deactivatedAt ? "deactivated" : "active");

/** What the sign-in form says to someone whose account is deactivated, once their password is proven right. */
export const DEACTIVATED_SIGN_IN_MESSAGE = "This account has been deactivated. Ask an admin if you need access again.";

/** What an admin does to someone else's account besides its role. */
export type AccountChange = "reset-password" | AccountStatus;

/**
 * Whether an admin may reset a user's password or change whether they may sign in. Nobody does either to
 * themselves (their own password is changed on their account page, proving the current one), and the last
 * active admin is never deactivated. `otherActiveAdmins` counts the active admins besides the target as the
 * database holds them now, so two admins deactivating each other at once cannot both succeed.
 */
export function decideAccountChange(change: {
  actorId: string;
  target: { id: string; name: string; role: Role };
  change: AccountChange;
  otherActiveAdmins: number;
}): Decision {
  const { target } = change;
  if (change.actorId === target.id) {
    return {
      allowed: false,
      reason:
        change.change === "reset-password"
          ? "Change your own password on Your account, where you confirm the current one."
          : "You cannot deactivate or reactivate your own account; ask another admin.",
    };
  }
  if (change.change === "deactivated" && target.role === "admin" && change.otherActiveAdmins === 0) {
    return {
      allowed: false,
      reason: `${target.name} is the last active admin. Make someone else an admin first, so the newsroom keeps someone who can manage accounts.`,
    };
  }
  return { allowed: true };
}
