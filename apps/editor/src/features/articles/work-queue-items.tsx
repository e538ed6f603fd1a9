import { LOCALE_NAMES, type WorkflowItem, type WorkQueue } from "@rightsdesk/domain";
import Link from "next/link";
import { formatUtc } from "~/features/shared/format-utc";
import { type QueueContent } from "~/features/articles/server/work-queue";
import { MediaTextsToPublishList } from "~/features/media/media-texts-to-publish";

/** What a list with nothing in it says: why it is empty, and how something gets there. */
export const EMPTY_QUEUE: Record<WorkQueue, string> = {
  review: "Nothing is waiting for your review. Versions submitted to you, or to no one yet, appear here.",
  publish: "Every published version shows readers its latest text.",
  "media-texts": "No translated alt text, caption or transcript waits for an editor.",
  drafts: "No drafts of yours. Versions you last saved appear here until they are submitted for review.",
  scheduled: "Nothing is scheduled. Schedule an approved version from its editor to publish it at a set time.",
};

function whenOf(queue: WorkQueue, item: WorkflowItem, userId: string): string {
  switch (queue) {
    case "review":
      return item.reviewerId === userId ? "asked of you" : "no reviewer asked yet";
    case "publish":
      return `saved ${formatUtc(item.updatedAt)}; readers still see the published text`;
    case "scheduled":
      return item.scheduledAt ? `goes live on ${formatUtc(item.scheduledAt)}` : "";
    default:
      return `last saved ${formatUtc(item.updatedAt)}`;
  }
}

/** The rows of one window of a dashboard list; `titled` where they are a part of a section of the dashboard. */
export function WorkQueueItems({ content, userId, titled = true }: { content: QueueContent; userId: string; titled?: boolean }) {
  if (content.queue === "media-texts") return <MediaTextsToPublishList initial={content.page.items} titled={titled} />;
  const { queue } = content;
  if (content.page.items.length === 0) return null;
  return (
    <ul className="change-list">
      {content.page.items.map((item) => (
        <li key={`${item.articleId}:${item.locale}`}>
          <Link href={`/articles/${item.articleId}/${item.locale}`}>{item.title}</Link> · {LOCALE_NAMES[item.locale]}
          <div className="save-state">{whenOf(queue, item, userId)}</div>
        </li>
      ))}
    </ul>
  );
}
