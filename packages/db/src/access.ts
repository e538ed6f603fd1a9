import { type Action, AppError, decide, type Role } from "@rightsdesk/domain";

/** Who is asking. Every mutation of the data layer takes one and checks it before touching anything. */
export type Actor = { id: string; role: Role };

export function assertAllowed(actor: Actor, action: Action): void {
  const decision = decide(actor.role, action);
  if (!decision.allowed) throw new AppError("forbidden", decision.reason);
}
