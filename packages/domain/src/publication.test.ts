import { describe, expect, it } from "vitest";
import { type VersionStatus } from "./article";
import { movePointer, PUBLICATION_EVENTS, type PublicationEvent, publicationEventOf, planPublication } from "./publication";
import { type Transition, TRANSITIONS } from "./workflow";

const live = { status: "published", unpublishedChanges: false } as const;
const liveWithChanges = { status: "published", unpublishedChanges: true } as const;
const draft = { status: "draft", unpublishedChanges: false } as const;
const scheduled = { status: "scheduled", unpublishedChanges: false } as const;
const facts = { title: "Asylum granted", locale: "ru", reviewedSourceRevision: 4 } as const;

describe("planPublication", () => {
  it.each([
    // event, state, status after, published revision, published base, first date, schedule cleared, audit, summary, revalidated
    ["publish", draft, "published", "latest", "latest", "now", true, "version.publish", "Published “Asylum granted” (ru)", true],
    ["publish", scheduled, "published", "latest", "latest", "now", true, "version.publish", "Published “Asylum granted” (ru)", true],
    ["publish_scheduled", scheduled, "published", "latest", "latest", "scheduled", true, "version.publish", "Published “Asylum granted” (ru) as scheduled", true],
    ["publish_changes", liveWithChanges, null, "latest", "latest", null, false, "version.publish", "Published changes to “Asylum granted” (ru)", true],
    // Every save of a live version, by anyone, waits for "Publish changes"; a save of a draft concerns no reader either.
    ["save", live, null, "kept", "kept", null, false, null, null, false],
    ["save", liveWithChanges, null, "kept", "kept", null, false, null, null, false],
    ["save", draft, null, "kept", "kept", null, false, null, null, false],
    ["restore_revision", live, null, "kept", "kept", null, false, null, null, false],
    ["unpublish", live, "draft", "cleared", "cleared", null, true, "version.unpublish", "Unpublished “Asylum granted” (ru)", true],
    ["unpublish", liveWithChanges, "draft", "cleared", "cleared", null, true, "version.unpublish", "Unpublished “Asylum granted” (ru)", true],
    ["archive", live, "archived", "cleared", "cleared", null, true, "version.archive", "Archived “Asylum granted” (ru)", true],
    // Archiving what readers never saw is logged, but changes no public page.
    ["archive", draft, "archived", "cleared", "cleared", null, true, "version.archive", "Archived “Asylum granted” (ru)", false],
    ["archive", scheduled, "archived", "cleared", "cleared", null, true, "version.archive", "Archived “Asylum granted” (ru)", false],
    // Reviewing the text readers see ends their outdated notice; reviewing later saves waits for their publication.
    ["review", live, null, "kept", "reviewed", null, false, "version.reviewed", "Marked the ru translation up to date with source revision 4", true],
    ["review", liveWithChanges, null, "kept", "kept", null, false, "version.reviewed", "Marked the ru translation up to date with source revision 4", false],
    ["review", draft, null, "kept", "kept", null, false, "version.reviewed", "Marked the ru translation up to date with source revision 4", false],
  ] as const)(
    "%s of a version %o: status %s, revision %s, base %s, dated %s, schedule cleared %s, logged as %s (%s), revalidated %s",
    (event, state, status, publishedRevision, publishedBase, firstPublishedAt, clearsSchedule, action, summary, revalidate) => {
      const plan = planPublication(event, state);
      expect(plan).toMatchObject({ status, publishedRevision, publishedBase, firstPublishedAt, clearsSchedule, revalidate });
      expect(plan.audit?.action ?? null).toBe(action);
      expect(plan.audit?.summary(facts) ?? null).toBe(summary);
    },
  );

  it("changes what readers see only with an audit entry", () => {
    const states = [live, liveWithChanges, draft, scheduled];
    for (const event of PUBLICATION_EVENTS) {
      for (const state of states) {
        const plan = planPublication(event, state);
        const changesPointers = plan.publishedRevision !== "kept" || plan.publishedBase !== "kept" || plan.status !== null;
        if (changesPointers || plan.revalidate) expect(plan.audit, `${event} of a ${state.status} version`).not.toBeNull();
      }
    }
  });
});

describe("publicationEventOf", () => {
  const events: [Transition, VersionStatus, PublicationEvent | null][] = [
    ["publish", "approved", "publish"],
    ["publish", "scheduled", "publish"],
    ["publish", "published", "publish_changes"],
    ["unpublish", "published", "unpublish"],
    ["archive", "draft", "archive"],
  ];
  it.each(events)("names %s from %s as %s", (transition, status, event) => {
    expect(publicationEventOf(transition, status)).toBe(event);
  });

  it("leaves readers out of every other move", () => {
    for (const transition of TRANSITIONS.filter((t) => !["publish", "unpublish", "archive"].includes(t))) {
      expect(publicationEventOf(transition, "draft")).toBeNull();
    }
  });
});

describe("movePointer", () => {
  it("moves to the latest or reviewed target, clears, or keeps", () => {
    const targets = { latest: 5, reviewed: 9, current: 3 };
    expect(movePointer("latest", targets)).toBe(5);
    expect(movePointer("reviewed", targets)).toBe(9);
    expect(movePointer("cleared", targets)).toBeNull();
    expect(movePointer("kept", targets)).toBe(3);
  });
});
