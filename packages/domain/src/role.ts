import { z } from "zod";
import { isSourceLocale, type Locale } from "./locale";

export const ROLES = ["admin", "editor", "translator"] as const;
export type Role = (typeof ROLES)[number];
export const ZRole = z.enum(ROLES);

/** The actions the server checks before any mutation. UIs ask the same rules only to hide buttons. */
export type Action =
  | { kind: "article.create" }
  | { kind: "article.tag" }
  /** Ask for translations of an article, with a due date and a translator. */
  | { kind: "translation.request" }
  /** Deleting removes every language version at once; editors may, as they may unpublish everything anyway. */
  | { kind: "article.delete" }
  /** The article's address in every language; old addresses keep redirecting. */
  | { kind: "article.slug" }
  | { kind: "version.edit"; locale: Locale }
  | { kind: "version.publish"; locale: Locale }
  /** Persons, cases, protections, organisations: who is in the registry and what is said of them. */
  | { kind: "registry.edit" }
  /** Bios and timeline descriptions in one language: translators write those in every language but the source. */
  | { kind: "registry.translate"; locale: Locale }
  /** Reading the audit log and changing roles: who may do what stays with admins. */
  | { kind: "audit.read" }
  | { kind: "user.manage" }
  /** Upload, embed, delete media and change their credit. */
  | { kind: "media.manage" }
  /** Alt text, caption and transcript of a media asset in one language: translators write them in every language but the source. */
  | { kind: "media.describe"; locale: Locale };

export type Decision = { allowed: true } | { allowed: false; reason: string };

const allow: Decision = { allowed: true };
const deny = (reason: string): Decision => ({ allowed: false, reason });

export function decide(role: Role, action: Action): Decision {
  if (role === "admin") return allow;
  switch (action.kind) {
    case "audit.read":
      return deny("Only admins may read the audit log.");
    case "user.manage":
      return deny("Only admins may change users' roles.");
  }
  if (role === "editor") return allow;
  switch (action.kind) {
    case "version.edit":
    case "registry.translate":
    case "media.describe":
      return isSourceLocale(action.locale)
        ? deny("Translators may edit translations only, not the source-language version.")
        : allow;
    case "version.publish":
      return deny("Only editors and admins may publish or unpublish.");
    case "article.create":
      return deny("Only editors and admins may create articles.");
    case "article.tag":
      return deny("Only editors and admins may change an article's tags.");
    case "translation.request":
      return deny("Only editors and admins may request translations.");
    case "article.delete":
      return deny("Only editors and admins may delete articles.");
    case "article.slug":
      return deny("Only editors and admins may change an article's address.");
    case "registry.edit":
      return deny("Only editors and admins may change the registry.");
    case "media.manage":
      return deny("Only editors and admins may upload, embed or delete media, or change a credit.");
  }
}

export function can(role: Role, action: Action): boolean {
  return decide(role, action).allowed;
}
