import { type Action, AppError, decide, type Decision, type Role } from "@rightsdesk/domain";

/** Who is asking. Every mutation of the data layer takes one and checks it before touching anything. */
export type Actor = { id: string; role: Role };

export function assertAllowed(actor: Actor, action: Action): void {
  assertDecision(decide(actor.role, action));
}

/** For rules that need more than the role (such as who wrote a comment). */
export function assertDecision(decision: Decision): void {
  if (!decision.allowed) throw new AppError("forbidden", decision.reason);
}
