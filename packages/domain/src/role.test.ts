import { describe, expect, it } from "vitest";
import { LOCALES } from "./locale";
import { type Action, can, decide, type Role, ROLES, ZRole } from "./role";

const everyAction: Action[] = [
  { kind: "article.create" },
  { kind: "article.tag" },
  { kind: "article.slug" },
  ...LOCALES.map((locale): Action => ({ kind: "version.edit", locale })),
  ...LOCALES.map((locale): Action => ({ kind: "version.publish", locale })),
  { kind: "registry.edit" },
  ...LOCALES.map((locale): Action => ({ kind: "registry.translate", locale })),
];

const describeAction = (action: Action) => ("locale" in action ? `${action.kind} (${action.locale})` : action.kind);

/** The rules in a table: what a translator may do. Admins and editors may do everything. */
function translatorMay(action: Action): boolean {
  return (action.kind === "version.edit" || action.kind === "registry.translate") && action.locale !== "en";
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
      const expected = role === "translator" ? translatorMay(action) : true;
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
  });

  it("lets editors and admins do everything, the English source included", () => {
    for (const role of ["admin", "editor"] as const) {
      expect(decide(role, { kind: "version.edit", locale: "en" })).toEqual({ allowed: true });
      expect(decide(role, { kind: "version.publish", locale: "en" })).toEqual({ allowed: true });
      expect(decide(role, { kind: "article.create" })).toEqual({ allowed: true });
      expect(decide(role, { kind: "article.tag" })).toEqual({ allowed: true });
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
