import { AUDIT_ACTIONS, listAuditEvents } from "@rightsdesk/db";
import { can } from "@rightsdesk/domain";
import Link from "next/link";
import { notFound } from "next/navigation";
import { FilterSelect } from "~/components/filter-select";
import { ListTable } from "~/components/list-table";
import { AUDIT_ACTION_LABELS, auditActionLabel, auditHref, formatUtc, ZAuditQuery } from "~/lib/audit-query";
import { requireUser } from "~/lib/session";

export const metadata = { title: "Audit log" };

const ACTION_OPTIONS = AUDIT_ACTIONS.map((action) => ({ value: action, label: AUDIT_ACTION_LABELS[action] }));

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AuditPage({ searchParams }: Props) {
  const user = await requireUser();
  // Not even the page's existence is shown to non-admins; the data layer checks again.
  if (!can(user.role, { kind: "audit.read" })) notFound();
  const query = ZAuditQuery.parse(await searchParams);
  const result = await listAuditEvents({ page: query.page, action: query.action, actorId: query.actor }, { id: user.id, role: user.role });
  if (query.page > result.pageCount) notFound();
  const filtered = Boolean(query.action ?? query.actor);

  return (
    <>
      <h1>Audit log</h1>
      <p className="save-state">Publications, deletions and role changes: who did what, and when. Entries are never changed.</p>
      <form className="toolbar-row" method="get" action="/audit" aria-label="Filter the log">
        <FilterSelect id="audit-action" name="action" label="Action" value={query.action} any="All actions" options={ACTION_OPTIONS} />
        {query.actor && <input type="hidden" name="actor" value={query.actor} />}
        <button type="submit">Filter</button>
        {filtered && <Link href="/audit">Show everything</Link>}
      </form>
      <ListTable
        rows={result.items}
        rowKey={(event) => event.id}
        empty={filtered ? "Nothing in the log matches this filter." : "Nothing has been recorded yet. Publications, deletions and role changes will appear here."}
        caption={`${result.total} ${result.total === 1 ? "entry" : "entries"}, newest first`}
        columns={[
          { header: "When (UTC)", cell: (event) => <time dateTime={event.at.toISOString()}>{formatUtc(event.at)}</time> },
          {
            header: "Who",
            cell: (event) =>
              event.actor ? (
                <Link href={auditHref({ page: 1, action: query.action, actor: event.actor.id })} title={`Only what ${event.actor.name} did`}>
                  {event.actor.name}
                </Link>
              ) : (
                "scheduler"
              ),
          },
          { header: "Action", cell: (event) => auditActionLabel(event.action) },
          { header: "Summary", cell: (event) => event.summary },
        ]}
      />
      {result.pageCount > 1 && (
        <nav className="toolbar-row" aria-label="Pages of the log">
          {query.page > 1 && <Link href={auditHref({ ...query, page: query.page - 1 })}>Newer entries</Link>}
          <span>
            Page {query.page} of {result.pageCount}
          </span>
          {query.page < result.pageCount && <Link href={auditHref({ ...query, page: query.page + 1 })}>Older entries</Link>}
        </nav>
      )}
    </>
  );
}
