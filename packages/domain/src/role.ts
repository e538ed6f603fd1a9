import { z } from "zod";
import { isSourceLocale, type Locale } from "./locale";

export const ROLES = ["admin", "editor", "translator"] as const;
export type Role = (typeof ROLES)[number];
export const ZRole = z.enum(ROLES);

/** The actions the server checks before any mutation. UIs ask the same rules only to hide buttons. */
export type Action =
  | { kind: "article.create" }
  | { kind: "article.tag" }
  /** The article's address in every language; old addresses keep redirecting. */
  | { kind: "article.slug" }
  | { kind: "version.edit"; locale: Locale }
  | { kind: "version.publish"; locale: Locale }
  /** Persons, cases, protections, organisations: who is in the registry and what is said of them. */
  | { kind: "registry.edit" }
  /** Bios and timeline descriptions in one language: translators write those in every language but the source. */
  | { kind: "registry.translate"; locale: Locale };

export type Decision = { allowed: true } | { allowed: false; reason: string };

const allow: Decision = { allowed: true };
const deny = (reason: string): Decision => ({ allowed: false, reason });

export function decide(role: Role, action: Action): Decision {
  if (role === "admin" || role === "editor") return allow;
  switch (action.kind) {
    case "version.edit":
    case "registry.translate":
      return isSourceLocale(action.locale)
        ? deny("Translators may edit translations only, not the source-language version.")
        : allow;
    case "version.publish":
      return deny("Only editors and admins may publish or unpublish.");
    case "article.create":
      return deny("Only editors and admins may create articles.");
    case "article.tag":
      return deny("Only editors and admins may change an article's tags.");
    case "article.slug":
      return deny("Only editors and admins may change an article's address.");
    case "registry.edit":
      return deny("Only editors and admins may change the registry.");
  }
}

export function can(role: Role, action: Action): boolean {
  return decide(role, action).allowed;
}
