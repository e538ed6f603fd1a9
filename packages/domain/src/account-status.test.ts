import { describe, expect, it } from "vitest";
import { decideAccountChange, statusOf, ZAccountStatusChange } from "./account-status";

const admin = { id: "a2", name: "Second Admin", role: "admin" as const };
const editor = { id: "e1", name: "Editor", role: "editor" as const };

describe("decideAccountChange", () => {
  it("lets an admin reset someone else's password, deactivate and reactivate them", () => {
    for (const change of ["reset-password", "deactivated", "active"] as const) {
      expect(decideAccountChange({ actorId: "a1", target: editor, change, otherActiveAdmins: 0 })).toEqual({ allowed: true });
      expect(decideAccountChange({ actorId: "a1", target: admin, change, otherActiveAdmins: 1 })).toEqual({ allowed: true });
    }
  });

  it("refuses any of them on one's own account, and says where one's own password is changed", () => {
    expect(decideAccountChange({ actorId: "a2", target: admin, change: "reset-password", otherActiveAdmins: 3 })).toEqual({
      allowed: false,
      reason: "Change your own password on Your account, where you confirm the current one.",
    });
    expect(decideAccountChange({ actorId: "a2", target: admin, change: "deactivated", otherActiveAdmins: 3 })).toEqual({
      allowed: false,
      reason: "You cannot deactivate or reactivate your own account; ask another admin.",
    });
  });

  it("refuses to deactivate the last active admin, and says who it is", () => {
    const decision = decideAccountChange({ actorId: "a1", target: admin, change: "deactivated", otherActiveAdmins: 0 });
    expect(decision.allowed).toBe(false);
    if (!decision.allowed) expect(decision.reason).toMatch(/^Second Admin is the last active admin\./);
  });

  it("lets the last active admin's password be reset or their account reactivated", () => {
    expect(decideAccountChange({ actorId: "a1", target: admin, change: "reset-password", otherActiveAdmins: 0 })).toEqual({ allowed: true });
    expect(decideAccountChange({ actorId: "a1", target: admin, change: "active", otherActiveAdmins: 0 })).toEqual({ allowed: true });
  });
});

describe("ZAccountStatusChange", () => {
  it("accepts active and deactivated only, with a message that names them", () => {
    expect(ZAccountStatusChange.parse({ status: "deactivated" })).toEqual({ status: "deactivated" });
    expect(ZAccountStatusChange.safeParse({ status: "deleted" }).error?.issues[0]).toMatchObject({ path: ["status"], message: "Choose one of: active, deactivated" });
    expect(ZAccountStatusChange.safeParse({}).success).toBe(false);
  });
});

describe("statusOf", () => {
  it("reads the deactivation time", () => {
    expect(statusOf({ deactivatedAt: null })).toBe("active");
    expect(statusOf({ deactivatedAt: new Date("2026-12-01T10:00:00Z") })).toBe("deactivated");
  });
});
