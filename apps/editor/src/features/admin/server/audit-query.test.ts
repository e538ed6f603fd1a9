import { describe, expect, it } from "vitest";
import { auditActionLabel, formatUtc, ZAuditQuery } from "./audit-query";

describe("the audit log's query", () => {
  it("reads action, person, days and position from the address", () => {
    const at = new Date("2026-11-30T10:00:00.000Z");
    expect(ZAuditQuery.parse({ action: "user.role", actor: "u1", from: "2026-11-01", to: "2026-11-30", after: "2026-11-30T10:00:00.000Z_ev1" })).toEqual({
      action: "user.role",
      actor: "u1",
      from: new Date("2026-11-01T00:00:00.000Z"),
      to: new Date("2026-11-30T00:00:00.000Z"),
      after: { value: at, id: "ev1" },
    });
  });

  it("falls back to the whole log for values it does not know", () => {
    expect(ZAuditQuery.parse({ action: "drop.table", actor: "", from: "2026-13-40", to: "yesterday", after: "nowhere" })).toEqual({});
    expect(ZAuditQuery.parse({})).toEqual({});
  });

  it("shows times in UTC to the second", () => {
    expect(formatUtc(new Date("2026-11-25T14:03:07.123Z"))).toBe("2026-11-25 14:03:07");
  });
});

describe("auditActionLabel", () => {
  it("reads known actions as words and unknown ones as their code", () => {
    expect(auditActionLabel("user.role")).toBe("Role changed");
    expect(auditActionLabel("version.review")).toBe("version.review");
  });
});
