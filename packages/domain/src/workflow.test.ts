import { describe, expect, it } from "vitest";
import { VERSION_STATUSES, type VersionStatus } from "./article";
import { LOCALES, type Locale } from "./locale";
import { can, ROLES, type Role } from "./role";
import {
  availableTransitions,
  decideTransition,
  hasUnpublishedChanges,
  scheduleProblem,
  type TransitionContext,
  TRANSITION_RULES,
  TRANSITIONS,
  ZTransitionInput,
} from "./workflow";

const context = (role: Role, status: VersionStatus, locale: Locale = "ru", isAuthor = false, unpublishedChanges = false): TransitionContext => ({
  role,
  locale,
  status,
  isAuthor,
  unpublishedChanges,
});

describe("decideTransition", () => {
  it.each([
    ["submit", "draft", "in_review"],
    ["request_changes", "in_review", "draft"],
    ["request_changes", "approved", "draft"],
    ["approve", "in_review", "approved"],
    ["publish", "approved", "published"],
    ["publish", "draft", "published"],
    ["publish", "scheduled", "published"],
    ["schedule", "approved", "scheduled"],
    ["schedule", "scheduled", "scheduled"],
    ["unschedule", "scheduled", "approved"],
    ["unpublish", "published", "draft"],
    ["archive", "published", "archived"],
    ["archive", "draft", "archived"],
    ["restore", "archived", "draft"],
  ] as const)("lets an editor %s a %s version, which becomes %s", (transition, from, to) => {
    expect(decideTransition(context("editor", from), transition)).toEqual({ allowed: true, to });
  });

  it.each([
    ["submit", "in_review"],
    ["approve", "draft"],
    ["approve", "published"],
    ["publish", "archived"],
    ["unschedule", "approved"],
    ["unpublish", "draft"],
    ["archive", "archived"],
    ["restore", "draft"],
  ] as const)("refuses to %s a %s version, as a conflict with a reason", (transition, status) => {
    const decision = decideTransition(context("admin", status), transition);
    expect(decision).toMatchObject({ allowed: false, code: "conflict" });
    if (!decision.allowed) expect(decision.reason).toMatch(/^This version is .+, so it cannot be .+\.$/);
  });

  it("explains a refusal in words", () => {
    expect(decideTransition(context("editor", "published"), "approve")).toEqual({
      allowed: false,
      code: "conflict",
      reason: "This version is published, so it cannot be approved.",
    });
  });

  it("lets a translator submit a translation for review but nothing an editor decides", () => {
    expect(decideTransition(context("translator", "draft", "ru"), "submit")).toEqual({ allowed: true, to: "in_review" });
    for (const transition of ["approve", "publish", "schedule", "unschedule", "unpublish", "archive", "restore"] as const) {
      for (const status of VERSION_STATUSES) {
        const decision = decideTransition(context("translator", status, "ru", true), transition);
        expect(decision, `${transition} from ${status}`).toMatchObject({ allowed: false, code: "forbidden" });
      }
    }
    expect(decideTransition(context("translator", "approved", "ru"), "publish")).toMatchObject({
      reason: "Only editors and admins may publish or unpublish.",
    });
  });

  it("refuses a translator the source language", () => {
    expect(decideTransition(context("translator", "draft", "en"), "submit")).toEqual({
      allowed: false,
      code: "forbidden",
      reason: "Translators may submit translations only, not the source-language version.",
    });
  });

  it("lets a translator take back only their own submission", () => {
    expect(decideTransition(context("translator", "in_review", "pl", true), "request_changes").allowed).toBe(true);
    expect(decideTransition(context("translator", "in_review", "pl", false), "request_changes")).toMatchObject({
      allowed: false,
      code: "forbidden",
    });
    expect(decideTransition(context("translator", "in_review", "en", true), "request_changes").allowed).toBe(false);
  });

  it("checks the role before the status, so a translator learns they may not, not that it is too early", () => {
    expect(decideTransition(context("translator", "draft"), "approve")).toMatchObject({ code: "forbidden" });
  });

  // One place of truth: the workflow's publishing agrees with role.ts for every role and language.
  it.each(ROLES.flatMap((role) => LOCALES.map((locale) => [role, locale] as const)))(
    "%s in %s may publish exactly when role.ts says version.publish",
    (role, locale) => {
      const mayPublish = can(role, { kind: "version.publish", locale });
      for (const transition of ["publish", "unpublish"] as const) {
        const from = TRANSITION_RULES[transition].from[0] ?? "draft";
        expect(decideTransition(context(role, from, locale), transition).allowed).toBe(mayPublish);
      }
      expect(decideTransition(context(role, "draft", locale), "submit").allowed).toBe(can(role, { kind: "version.edit", locale }));
    },
  );
});

describe("publishing changes to a published version", () => {
  it("lets editors publish a translator's later saves, and refuses when there is nothing new", () => {
    expect(decideTransition(context("editor", "published", "ru", false, true), "publish")).toEqual({ allowed: true, to: "published" });
    expect(decideTransition(context("editor", "published"), "publish")).toEqual({
      allowed: false,
      code: "conflict",
      reason: "This version is published and has no unpublished changes.",
    });
    expect(availableTransitions(context("admin", "published", "ru", false, true))).toEqual(["publish", "unpublish", "archive"]);
  });

  it("counts saves newer than the published revision as unpublished changes, only while published", () => {
    expect(hasUnpublishedChanges({ status: "published", revision: 3, publishedRevision: 2 })).toBe(true);
    expect(hasUnpublishedChanges({ status: "published", revision: 3, publishedRevision: 3 })).toBe(false);
    expect(hasUnpublishedChanges({ status: "draft", revision: 3, publishedRevision: null })).toBe(false);
  });

  it("never lets a translator publish their changes", () => {
    expect(decideTransition(context("translator", "published", "ru", true, true), "publish")).toMatchObject({ allowed: false, code: "forbidden" });
    expect(availableTransitions(context("translator", "published", "ru", true, true))).toEqual([]);
  });
});

describe("availableTransitions", () => {
  it("offers an editor every move out of the current status", () => {
    expect(availableTransitions(context("editor", "draft"))).toEqual(["submit", "publish", "schedule", "archive"]);
    expect(availableTransitions(context("editor", "in_review"))).toEqual(["request_changes", "approve", "publish", "schedule", "archive"]);
    expect(availableTransitions(context("editor", "scheduled"))).toEqual(["publish", "schedule", "unschedule", "archive"]);
    expect(availableTransitions(context("admin", "published"))).toEqual(["unpublish", "archive"]);
    expect(availableTransitions(context("admin", "archived"))).toEqual(["restore"]);
  });

  it("offers a translator only submitting, and taking back their own submission", () => {
    expect(availableTransitions(context("translator", "draft"))).toEqual(["submit"]);
    expect(availableTransitions(context("translator", "in_review", "ru", true))).toEqual(["request_changes"]);
    expect(availableTransitions(context("translator", "approved", "ru", false))).toEqual([]);
    expect(availableTransitions(context("translator", "draft", "en"))).toEqual([]);
  });

  it("never offers a move that decideTransition refuses", () => {
    for (const role of ROLES)
      for (const status of VERSION_STATUSES) {
        const offered = availableTransitions(context(role, status));
        for (const transition of TRANSITIONS) {
          expect(offered.includes(transition)).toBe(decideTransition(context(role, status), transition).allowed);
        }
      }
  });
});

describe("ZTransitionInput", () => {
  it("takes a transition, with a reviewer when submitting", () => {
    expect(ZTransitionInput.parse({ transition: "approve" })).toEqual({ transition: "approve" });
    expect(ZTransitionInput.parse({ transition: "submit", reviewerId: "u1" })).toEqual({ transition: "submit", reviewerId: "u1" });
  });

  it("takes a publication time as an ISO string", () => {
    const parsed = ZTransitionInput.parse({ transition: "schedule", scheduledAt: "2026-05-01T09:00:01Z" });
    expect(parsed.scheduledAt).toEqual(new Date("2026-05-01T09:00:01Z"));
  });

  it.each([
    [{ transition: "schedule" }, "scheduledAt", "Choose when to publish"],
    [{ transition: "schedule", scheduledAt: "next tuesday" }, "scheduledAt", "Enter a valid date and time"],
    [{ transition: "publish", scheduledAt: "2026-06-01T09:00:00Z" }, "scheduledAt", "Only scheduling takes a publication time"],
    [{ transition: "approve", reviewerId: "u1" }, "reviewerId", "A reviewer is chosen when submitting for review"],
    [{ transition: "delete" }, "transition", "Unknown transition; use one of submit, request_changes, approve, publish, schedule, unschedule, unpublish, archive, restore"],
  ])("refuses %j with a message on %s", (input, path, message) => {
    const result = ZTransitionInput.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([[path, message]]);
  });
});

describe("scheduleProblem", () => {
  const now = new Date("2026-05-01T09:00:00Z");

  it("lets a version be scheduled for a time still ahead, and has nothing to say of other transitions", () => {
    expect(scheduleProblem({ transition: "schedule", scheduledAt: new Date("2026-05-01T09:00:01Z") }, now)).toBeNull();
    expect(scheduleProblem({ transition: "publish" }, now)).toBeNull();
  });

  it.each([
    ["now", new Date("2026-05-01T09:00:00Z"), "The publication time must be in the future"],
    ["the day before", new Date("2026-04-30T10:00:00Z"), "The publication time must be in the future"],
    ["no time", undefined, "Choose when to publish"],
  ])("refuses scheduling for %s", (_when, scheduledAt, message) => {
    expect(scheduleProblem({ transition: "schedule", scheduledAt }, now)).toBe(message);
  });
});
