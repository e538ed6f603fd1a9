import { describe, expect, it } from "vitest";
import { workQueuePages, workQueuesOf, workQueueWindow, ZWorkQueuePage } from "./work-queue";

describe("workQueuesOf", () => {
  it("puts what others wait for first, and gives translators only their own work", () => {
    expect(workQueuesOf("editor")).toEqual(["review", "publish", "media-texts", "drafts", "scheduled"]);
    expect(workQueuesOf("admin")).toEqual(workQueuesOf("editor"));
    expect(workQueuesOf("translator")).toEqual(["drafts", "scheduled"]);
  });
});

describe("work queue pages", () => {
  it.each([
    ["3", 3],
    [["2", "9"], 2],
    [undefined, 1],
    ["0", 1],
    ["-4", 1],
    ["1.5", 1],
    ["two", 1],
    ["999999999", 1],
  ] as const)("page %j is %d", (raw, page) => {
    expect(ZWorkQueuePage.parse(raw)).toBe(page);
  });

  it("windows and counts pages of the given size", () => {
    expect(workQueueWindow(1, 50)).toEqual({ skip: 0, take: 50 });
    expect(workQueueWindow(3, 50)).toEqual({ skip: 100, take: 50 });
    expect([0, 1, 50, 51].map((total) => workQueuePages(total, 50))).toEqual([1, 1, 1, 2]);
  });
});
