import { WORK_QUEUE_TITLES, workQueuePages, workQueuesOf, workQueueWindow, ZWorkQueue, ZWorkQueuePage } from "@rightsdesk/domain";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EMPTY_QUEUE, WorkQueueItems } from "~/features/articles/work-queue-items";
import { requireUser } from "~/features/shared/server/session";
import { loadQueue } from "~/features/articles/server/work-queue";

type Props = { params: Promise<{ queue: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props) {
  const queue = ZWorkQueue.safeParse((await params).queue);
  return { title: queue.success ? WORK_QUEUE_TITLES[queue.data] : "Dashboard" };
}

/** One of the dashboard's lists in full, fifty rows a page. */
export default async function WorkQueuePage({ params, searchParams }: Props) {
  const user = await requireUser();
  const parsed = ZWorkQueue.safeParse((await params).queue);
  if (!parsed.success) notFound();
  const queue = parsed.data;
  if (!workQueuesOf(user.role).includes(queue)) {
    return <p className="alert error">Only editors and admins review and publish others’ changes.</p>;
  }
  const page = ZWorkQueuePage.parse((await searchParams).page);
  const content = await loadQueue(queue, user, workQueueWindow(page));
  const pages = workQueuePages(content.page.total);
  const title = WORK_QUEUE_TITLES[queue];
  return (
    <>
      <p>
        <Link href="/dashboard">← Dashboard</Link>
      </p>
      <h1>
        {title} <small>({content.page.total})</small>
      </h1>
      {content.page.items.length === 0 && <p className="empty">{content.page.total === 0 ? EMPTY_QUEUE[queue] : "There is no such page of this list."}</p>}
      {/* Mounted even when empty: an editor who publishes the last waiting media text still reads that it went live.
          Keyed by the page: the router keeps client state when only the query changes, and what was said about a
          row of one page does not belong on the next. */}
      <WorkQueueItems key={page} content={content} userId={user.id} titled={false} />
      {pages > 1 && (
        <nav className="toolbar-row" aria-label={`Pages of ${title}`}>
          {page > 1 && <Link href={`/dashboard/${queue}?page=${Math.min(page - 1, pages)}`}>← Previous page</Link>}
          <span>
            Page {page} of {pages}
          </span>
          {page < pages && <Link href={`/dashboard/${queue}?page=${page + 1}`}>Next page →</Link>}
        </nav>
      )}
    </>
  );
}
