import { describe, expect, it } from "vitest";
import { decideRoleChange, ZRoleChangeInput } from "./role-change";

const admin = { id: "a2", name: "Second Admin", role: "admin" as const, deactivated: false };
const translator = { id: "t1", name: "Translator", role: "translator" as const, deactivated: false };

describe("decideRoleChange", () => {
  it("lets an admin promote or demote someone else", () => {
    expect(decideRoleChange({ actorId: "a1", target: translator, role: "editor", otherAdmins: 1 })).toEqual({ allowed: true });
    expect(decideRoleChange({ actorId: "a1", target: admin, role: "editor", otherAdmins: 1 })).toEqual({ allowed: true });
  });

  it("refuses a change of one's own role", () => {
    expect(decideRoleChange({ actorId: "a2", target: admin, role: "admin", otherAdmins: 3 })).toEqual({
      allowed: false,
      reason: "You cannot change your own role; ask another admin.",
    });
  });

  it("refuses to demote the last admin, and says who it is", () => {
    const decision = decideRoleChange({ actorId: "a1", target: admin, role: "translator", otherAdmins: 0 });
    expect(decision.allowed).toBe(false);
    if (!decision.allowed) expect(decision.reason).toMatch(/^Second Admin is the last admin\./);
  });

  it("lets the last admin stay an admin, and anyone else change without counting admins", () => {
    expect(decideRoleChange({ actorId: "a1", target: admin, role: "admin", otherAdmins: 0 })).toEqual({ allowed: true });
    expect(decideRoleChange({ actorId: "a1", target: translator, role: "editor", otherAdmins: 0 })).toEqual({ allowed: true });
  });

  it("leaves a deactivated account's role as it was until the account is reactivated", () => {
    const left = { ...translator, deactivated: true };
    expect(decideRoleChange({ actorId: "a1", target: left, role: "admin", otherAdmins: 1 })).toEqual({
      allowed: false,
      reason: "Translator's account is deactivated. Reactivate it first, then change the role.",
    });
    expect(decideRoleChange({ actorId: "a1", target: left, role: "translator", otherAdmins: 1 })).toEqual({ allowed: true });
  });

  it("accepts the three roles only", () => {
    expect(ZRoleChangeInput.safeParse({ role: "editor" }).success).toBe(true);
    expect(ZRoleChangeInput.safeParse({ role: "owner" }).success).toBe(false);
  });
});
