import { type RegistryChangeEntry } from "@rightsdesk/db/editor";
import { changedFields } from "~/features/registry/change-diff";

const dateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

const ACTIONS: Record<string, string> = { create: "Created", update: "Changed", delete: "Deleted", merge: "Merged" };

/** A registry record's History section: who changed it, when, and which fields; the newsroom must be able to answer for every fact. */
export function ChangeHistory({ changes }: { changes: RegistryChangeEntry[] }) {
  return (
    <section className="card" aria-labelledby="history-heading">
      <h2 id="history-heading">History</h2>
      <ChangeList changes={changes} />
    </section>
  );
}

function ChangeList({ changes }: { changes: RegistryChangeEntry[] }) {
  // A creation and a merge are told by their action; listing every field would say nothing more.
  const entries = changes
    .map((change) => ({ change, fields: change.action === "update" ? changedFields(change.before, change.after) : [] }))
    // A save that changed nothing (participants saved as they were) is not worth a line.
    .filter(({ change, fields }) => change.action !== "update" || fields.length > 0);
  if (entries.length === 0) return <p className="save-state">No changes recorded.</p>;
  return (
    <ol className="change-list">
      {entries.map(({ change, fields }) => (
        <li key={change.id}>
          <strong>{ACTIONS[change.action] ?? change.action}</strong> by {change.actor.name}, {dateTime.format(change.at)} UTC
          {fields.length > 0 && (
            <ul>
              {fields.map((field) => (
                <li key={field.field}>
                  {field.field}
                  {field.from !== undefined && (
                    <>
                      : {field.from} → {field.to}
                    </>
                  )}
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}
