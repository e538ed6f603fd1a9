import { describe, expect, it } from "vitest";
import { auditActionLabel, auditHref, formatUtc, ZAuditQuery } from "./audit-query";

describe("the audit log's query", () => {
  it("reads page, action and person from the address", () => {
    expect(ZAuditQuery.parse({ page: "3", action: "user.role", actor: "u1" })).toEqual({ page: 3, action: "user.role", actor: "u1" });
  });

  it("falls back to the whole log for values it does not know", () => {
    expect(ZAuditQuery.parse({ page: "zero", action: "drop.table", actor: "" })).toEqual({ page: 1, action: undefined, actor: undefined });
    expect(ZAuditQuery.parse({})).toEqual({ page: 1 });
  });

  it("builds addresses without the defaults", () => {
    expect(auditHref({ page: 1 })).toBe("/audit");
    expect(auditHref({ page: 2, action: "article.delete" })).toBe("/audit?action=article.delete&page=2");
    expect(auditHref({ page: 1, actor: "u 1" })).toBe("/audit?actor=u+1");
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
