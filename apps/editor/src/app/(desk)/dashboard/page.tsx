import { DASHBOARD_PREVIEW_SIZE, WORK_QUEUE_TITLES, type WorkQueue, workQueuesOf } from "@rightsdesk/domain";
import Link from "next/link";
import { EMPTY_QUEUE, WorkQueueItems } from "~/features/articles/work-queue-items";
import { requireUser } from "~/features/shared/server/session";
import { loadQueue, type QueueContent } from "~/features/articles/server/work-queue";

export const metadata = { title: "Dashboard" };

/** A list's first rows, and the way to the rest when there is more. */
function Preview({ content, userId }: { content: QueueContent; userId: string }) {
  const { total, items } = content.page;
  return (
    <>
      <WorkQueueItems content={content} userId={userId} />
      {total > items.length && (
        <p>
          {/* Two lists share "Changes to publish": the media texts' link says which it is. */}
          <Link href={`/dashboard/${content.queue}`}>{content.queue === "media-texts" ? `Show all media texts (${total})` : `Show all (${total})`}</Link>
        </p>
      )}
    </>
  );
}

/** What needs the user now: what others wait for first (a review, a publication), then their own drafts and what goes live on its own. */
export default async function DashboardPage() {
  const user = await requireUser();
  const queues = workQueuesOf(user.role);
  const contents = new Map<WorkQueue, QueueContent>(
    await Promise.all(queues.map(async (queue) => [queue, await loadQueue(queue, user, { skip: 0, take: DASHBOARD_PREVIEW_SIZE })] as const)),
  );
  // A translator's alt text, caption or transcript of media that readers see waits under "Changes to publish" too.
  const media = contents.get("media-texts");
  return (
    <>
      <h1>Dashboard</h1>
      {queues
        .filter((queue) => queue !== "media-texts")
        .map((queue) => {
          const content = contents.get(queue);
          if (!content) return null;
          const nested = queue === "publish" ? media : undefined;
          const empty = content.page.total === 0 && !nested?.page.total;
          return (
            <section key={queue} className="card" aria-labelledby={`dashboard-${queue}`}>
              <h2 id={`dashboard-${queue}`}>{WORK_QUEUE_TITLES[queue]}</h2>
              {empty && <p className="empty">{EMPTY_QUEUE[queue]}</p>}
              {content.page.total > 0 && <Preview content={content} userId={user.id} />}
              {/* Mounted even when empty: an editor who publishes the last waiting text still reads that it went live. */}
              {nested && <Preview content={nested} userId={user.id} />}
            </section>
          );
        })}
      <p>
        <Link href="/">All articles</Link>
      </p>
    </>
  );
}
