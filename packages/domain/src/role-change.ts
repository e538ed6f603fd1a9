import { z } from "zod";
import { type Decision, type Role, ZRole } from "./role";

export const ZRoleChangeInput = z.object({ role: ZRole });
export type RoleChangeInput = z.infer<typeof ZRoleChangeInput>;

/**
 * Whether an admin may give a user a new role. Nobody changes their own role, and the last admin is
 * never demoted: either would leave a newsroom with no one who can manage accounts. A deactivated account keeps
 * the role it left with until it is reactivated, so that reactivating never hands out rights nobody saw given. `otherAdmins`
 * counts the active admins besides the target as the database holds them now, so two admins demoting each
 * other at once cannot both succeed.
 */
export function decideRoleChange(change: {
  actorId: string;
  target: { id: string; name: string; role: Role; deactivated: boolean };
  role: Role;
  otherAdmins: number;
}): Decision {
  if (change.actorId === change.target.id) {
    return { allowed: false, reason: "You cannot change your own role; ask another admin." };
  }
  if (change.target.deactivated && change.target.role !== change.role) {
    return { allowed: false, reason: `${change.target.name}'s account is deactivated. Reactivate it first, then change the role.` };
  }
  if (change.target.role === "admin" && change.role !== "admin" && change.otherAdmins === 0) {
    return {
      allowed: false,
      reason: `${change.target.name} is the last admin. Make someone else an admin first, so the newsroom keeps someone who can manage accounts.`,
    };
  }
  return { allowed: true };
}
