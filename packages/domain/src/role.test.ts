import { describe, expect, it } from "vitest";
import { LOCALES } from "./locale";
import { type Action, can, decide, type Role, ROLES, ZRole } from "./role";

const everyAction: Action[] = [
  { kind: "article.create" },
  { kind: "article.tag" },
  { kind: "translation.request" },
  { kind: "article.delete" },
  { kind: "audit.read" },
  { kind: "user.manage" },
  { kind: "article.slug" },
  ...LOCALES.map((locale): Action => ({ kind: "version.edit", locale })),
  ...LOCALES.map((locale): Action => ({ kind: "version.publish", locale })),
  { kind: "registry.edit" },
  ...LOCALES.map((locale): Action => ({ kind: "registry.translate", locale })),
  { kind: "media.manage" },
  ...LOCALES.map((locale): Action => ({ kind: "media.describe", locale })),
];

const describeAction = (action: Action) => ("locale" in action ? `${action.kind} (${action.locale})` : action.kind);

/** The rules in a table: what a translator may do. Admins may do everything; editors all but the admin's tasks. */
function translatorMay(action: Action): boolean {
  return (action.kind === "version.edit" || action.kind === "registry.translate" || action.kind === "media.describe") && action.locale !== "en";
}
const adminOnly = (action: Action) => action.kind === "audit.read" || action.kind === "user.manage";

function mayDo(role: Role, action: Action): boolean {
  if (role === "admin") return true;
  if (role === "editor") return !adminOnly(action);
  return translatorMay(action);
}

describe("decide and can", () => {
  it("knows exactly three roles", () => {
    expect(ROLES).toEqual(["admin", "editor", "translator"]);
    expect(ZRole.safeParse("editor").success).toBe(true);
    expect(ZRole.safeParse("reader").success).toBe(false);
  });

  const grid = ROLES.flatMap((role) => everyAction.map((action) => [role, action] as const));

  it.each(grid.map(([role, action]) => [role, describeAction(action), action] as const))(
    "%s × %s follows the rules",
    (role: Role, _label, action: Action) => {
      const expected = mayDo(role, action);
      const decision = decide(role, action);
      expect(decision.allowed).toBe(expected);
      expect(can(role, action)).toBe(expected);
      if (!decision.allowed) expect(decision.reason.length).toBeGreaterThan(0);
    },
  );

  it("lets a translator edit the Russian version but not the English source", () => {
    expect(can("translator", { kind: "version.edit", locale: "ru" })).toBe(true);
    expect(decide("translator", { kind: "version.edit", locale: "en" })).toEqual({
      allowed: false,
      reason: "Translators may edit translations only, not the source-language version.",
    });
  });

  it("tells a translator why publishing, tagging and creating are refused", () => {
    expect(decide("translator", { kind: "version.publish", locale: "ru" })).toEqual({
      allowed: false,
      reason: "Only editors and admins may publish or unpublish.",
    });
    expect(decide("translator", { kind: "article.tag" })).toEqual({
      allowed: false,
      reason: "Only editors and admins may change an article's tags.",
    });
    expect(decide("translator", { kind: "article.create" })).toEqual({
      allowed: false,
      reason: "Only editors and admins may create articles.",
    });
    expect(decide("translator", { kind: "translation.request" })).toEqual({
      allowed: false,
      reason: "Only editors and admins may request translations.",
    });
  });

  it("lets editors and admins do everything else, the English source and deleting articles included", () => {
    for (const role of ["admin", "editor"] as const) {
      expect(decide(role, { kind: "version.edit", locale: "en" })).toEqual({ allowed: true });
      expect(decide(role, { kind: "version.publish", locale: "en" })).toEqual({ allowed: true });
      expect(decide(role, { kind: "article.create" })).toEqual({ allowed: true });
      expect(decide(role, { kind: "article.tag" })).toEqual({ allowed: true });
      expect(decide(role, { kind: "article.delete" })).toEqual({ allowed: true });
      expect(decide(role, { kind: "registry.edit" })).toEqual({ allowed: true });
      expect(decide(role, { kind: "registry.translate", locale: "en" })).toEqual({ allowed: true });
    }
  });
});

describe("the registry", () => {
  it("is changed by editors and admins only, and the translator is told why", () => {
    expect(can("admin", { kind: "registry.edit" })).toBe(true);
    expect(can("editor", { kind: "registry.edit" })).toBe(true);
    expect(decide("translator", { kind: "registry.edit" })).toEqual({
      allowed: false,
      reason: "Only editors and admins may change the registry.",
    });
  });

  it("is translated by every role, but translators leave the English source to editors", () => {
    for (const role of ROLES) expect(decide(role, { kind: "registry.translate", locale: "ru" })).toEqual({ allowed: true });
    expect(decide("translator", { kind: "registry.translate", locale: "en" })).toMatchObject({ allowed: false });
  });
});

describe("the admin's tasks", () => {
  it("leave the audit log and users' roles to admins, and tell the others why", () => {
    expect(can("admin", { kind: "audit.read" })).toBe(true);
    expect(can("admin", { kind: "user.manage" })).toBe(true);
    for (const role of ["editor", "translator"] as const) {
      expect(decide(role, { kind: "audit.read" })).toEqual({ allowed: false, reason: "Only admins may read the audit log." });
      expect(decide(role, { kind: "user.manage" })).toEqual({ allowed: false, reason: "Only admins may change users' roles." });
    }
  });

  it("do not include deleting articles, which translators alone may not do", () => {
    expect(decide("translator", { kind: "article.delete" })).toEqual({ allowed: false, reason: "Only editors and admins may delete articles." });
  });
});

describe("the media library", () => {
  it("lets a translator describe media in their languages but not upload, delete or describe in English", () => {
    expect(can("translator", { kind: "media.describe", locale: "pl" })).toBe(true);
    expect(can("translator", { kind: "media.describe", locale: "en" })).toBe(false);
    expect(decide("translator", { kind: "media.manage" })).toEqual({
      allowed: false,
      reason: "Only editors and admins may upload, embed or delete media, or change a credit.",
    });
    expect(can("editor", { kind: "media.manage" })).toBe(true);
    expect(can("admin", { kind: "media.describe", locale: "en" })).toBe(true);
  });
});
