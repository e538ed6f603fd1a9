import "server-only";
import { type Actor, mediaTextsToPublish, readVersionQueue } from "@rightsdesk/db/editor";
import { type QueuePage, type QueueWindow, type WorkflowItem, type WorkQueue } from "@rightsdesk/domain";
import { type MediaTextsItem } from "~/features/media/media-texts-to-publish";
import { formatUtc } from "~/features/shared/format-utc";

/** One window of a dashboard list, as its page shows it. */
export type QueueContent =
  | { queue: "media-texts"; page: QueuePage<MediaTextsItem> }
  | { queue: Exclude<WorkQueue, "media-texts">; page: QueuePage<WorkflowItem> };

export async function loadQueue(queue: WorkQueue, user: Actor, window: QueueWindow): Promise<QueueContent> {
  if (queue !== "media-texts") return { queue, page: await readVersionQueue(queue, user, window) };
  const { items, total } = await mediaTextsToPublish(window);
  // Dates are put in words on the server: the client list shows them as the rest of the page does.
  return { queue, page: { total, items: items.map(({ savedAt, ...item }) => ({ ...item, saved: formatUtc(savedAt) })) } };
}
