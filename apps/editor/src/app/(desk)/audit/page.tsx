import { AUDIT_ACTIONS, listAuditActors, listAuditEvents } from "@rightsdesk/db/editor";
import { can, formatDay } from "@rightsdesk/domain";
import Link from "next/link";
import { notFound } from "next/navigation";
import { FilterSelect } from "~/features/shared/ui/filter-select";
import { ListPager } from "~/features/shared/ui/list-pager";
import { ListTable } from "~/features/shared/ui/list-table";
import { AUDIT_ACTION_LABELS, auditActionLabel, formatUtc, ZAuditQuery } from "~/features/admin/server/audit-query";
import { listHref, type SearchParams } from "~/features/shared/list-href";
import { requireUser } from "~/features/shared/server/session";

export const metadata = { title: "Audit log" };

const ACTION_OPTIONS = AUDIT_ACTIONS.map((action) => ({ value: action, label: AUDIT_ACTION_LABELS[action] }));

type Props = { searchParams: Promise<SearchParams> };

export default async function AuditPage({ searchParams }: Props) {
  const user = await requireUser();
  // Not even the page's existence is shown to non-admins; the data layer checks again.
  if (!can(user.role, { kind: "audit.read" })) notFound();
  const raw = await searchParams;
  const query = ZAuditQuery.parse(raw);
  const actor = { id: user.id, role: user.role };
  const [result, people] = await Promise.all([
    listAuditEvents({ action: query.action, actorId: query.actor, from: query.from, to: query.to, after: query.after }, actor),
    listAuditActors(actor),
  ]);
  const filtered = Boolean(query.action ?? query.actor ?? query.from ?? query.to);

  return (
    <>
      <h1>Audit log</h1>
      <p className="save-state">Publications, deletions and role changes: who did what, and when. Entries are never changed.</p>
      <form className="toolbar-row" method="get" action="/audit" aria-label="Filter the log">
        <FilterSelect id="audit-action" name="action" label="Action" value={query.action} any="All actions" options={ACTION_OPTIONS} />
        <FilterSelect id="audit-actor" name="actor" label="Person" value={query.actor} any="Anyone" options={people.map((person) => ({ value: person.id, label: person.name }))} />
        <label htmlFor="audit-from">From (UTC)</label>
        <input id="audit-from" type="date" name="from" defaultValue={query.from && formatDay(query.from)} />
        <label htmlFor="audit-to">To</label>
        <input id="audit-to" type="date" name="to" defaultValue={query.to && formatDay(query.to)} />
        <button type="submit">Filter</button>
        {filtered && <Link href="/audit">Show everything</Link>}
      </form>
      <ListTable
        rows={result.items}
        rowKey={(event) => event.id}
        empty={filtered ? "Nothing in the log matches this filter." : "Nothing has been recorded yet. Publications, deletions and role changes will appear here."}
        caption="Newest first"
        columns={[
          { header: "When (UTC)", cell: (event) => <time dateTime={event.at.toISOString()}>{formatUtc(event.at)}</time> },
          {
            header: "Who",
            cell: (event) =>
              event.actor ? (
                <Link href={listHref("/audit", raw, { actor: event.actor.id })} title={`Only what ${event.actor.name} did`}>
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
      <ListPager path="/audit" searchParams={raw} next={result.next} label="More of the log" />
    </>
  );
}
