import { z } from "zod";
import { SOURCE_LOCALE } from "./locale";
import { firstValue } from "./query-param";
import { can, type Role } from "./role";

/*
 * The dashboard's lists of work. What others wait for (a review, a publication) comes before one's own
 * drafts; each list shows its first few rows there and pages through the rest on its own page.
 */

export const WORK_QUEUES = ["review", "publish", "media-texts", "drafts", "scheduled"] as const;
export type WorkQueue = (typeof WORK_QUEUES)[number];
export const ZWorkQueue = z.enum(WORK_QUEUES);

export const WORK_QUEUE_TITLES: Record<WorkQueue, string> = {
  review: "Waiting for my review",
  publish: "Changes to publish",
  "media-texts": "Media texts to publish",
  drafts: "My drafts",
  scheduled: "Scheduled",
};

/** Rows a dashboard section shows before its "Show all" link. */
export const DASHBOARD_PREVIEW_SIZE = 5;
/** Rows of one page of a full list. */
export const WORK_QUEUE_PAGE_SIZE = 50;

/**
 * The lists a role has work in, in the dashboard's order. Only editors and admins are asked to review
 * (reviewers are chosen among them) or to publish others' changes.
 */
export function workQueuesOf(role: Role): WorkQueue[] {
  const publishes = can(role, { kind: "version.publish", locale: SOURCE_LOCALE });
  return WORK_QUEUES.filter((queue) => publishes || !(queue === "review" || queue === "publish" || queue === "media-texts"));
}

/** A page number from the address: anything that is not one means the first page. */
export const ZWorkQueuePage = z.preprocess(firstValue, z.coerce.number().int().min(1).max(100_000)).catch(1);

/** Rows `skip` to `skip + take` of a list, and one such window of it with the list's full count. */
export type QueueWindow = { skip: number; take: number };
export type QueuePage<T> = { items: T[]; total: number };

/** Which rows one page holds. */
export function workQueueWindow(page: number, size = WORK_QUEUE_PAGE_SIZE): QueueWindow {
  return { skip: (page - 1) * size, take: size };
}

/** How many pages `total` rows fill (at least one, which may be empty). */
export function workQueuePages(total: number, size = WORK_QUEUE_PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}
