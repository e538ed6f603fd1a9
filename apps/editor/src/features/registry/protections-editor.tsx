"use client";

import { formatPartialDate, PROTECTION_STATUS_LABELS, PROTECTION_TYPE_LABELS } from "@rightsdesk/domain";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { callApi } from "~/features/shared/api-client";
import { FormAlert } from "~/features/shared/ui/form-alert";
import { ListTable } from "~/features/shared/ui/list-table";
import { ProtectionForm, type VersionedProtection } from "./protection-form";

type Props = { personId: string; protections: VersionedProtection[]; canEdit: boolean };

/** The protections states granted or refused a person; each one is saved or deleted at once. */
export function ProtectionsEditor({ personId, protections, canEdit }: Props) {
  const router = useRouter();
  const [listError, setListError] = useState<string | null>(null);
  const [editingId, setEditingId] = useState<string | null>(null);
  const editing = protections.find((protection) => protection.id === editingId) ?? null;

  async function onDelete(id: string) {
    const result = await callApi("deleteProtection", { params: { id } });
    setListError(result.ok ? null : result.error);
    if (result.ok) router.refresh();
  }

  const describe = (protection: VersionedProtection) => `${PROTECTION_TYPE_LABELS[protection.type]} in ${protection.grantingState}`;
  const actions = (protection: VersionedProtection) => (
    <>
      <button type="button" aria-label={`Edit ${describe(protection)}`} onClick={() => setEditingId(protection.id)}>
        Edit
      </button>{" "}
      <button type="button" className="danger" aria-label={`Delete ${describe(protection)}`} onClick={() => void onDelete(protection.id)}>
        Delete
      </button>
    </>
  );

  return (
    <>
      {protections.length === 0 ? (
        <p className="save-state">No protections recorded.</p>
      ) : (
        <ListTable
          rows={protections}
          rowKey={(protection) => protection.id}
          columns={[
            {
              header: "Type",
              cell: (protection) =>
                protection.sourceUrl ? <a href={protection.sourceUrl}>{PROTECTION_TYPE_LABELS[protection.type]}</a> : PROTECTION_TYPE_LABELS[protection.type],
            },
            { header: "State", cell: (protection) => protection.grantingState },
            { header: "Date", cell: (protection) => (protection.date ? formatPartialDate(protection.date) : "—") },
            { header: "Status", cell: (protection) => PROTECTION_STATUS_LABELS[protection.status] },
            ...(canEdit ? [{ header: "Actions", cell: actions }] : []),
          ]}
        />
      )}
      <FormAlert message={listError} />
      {canEdit && editing && (
        <ProtectionForm
          // A new version after a save starts the form again from what the server holds.
          key={`${editing.id}-${editing.version}`}
          personId={personId}
          protection={editing}
          onSaved={() => {
            setEditingId(null);
            router.refresh();
          }}
          onCancel={() => setEditingId(null)}
        />
      )}
      {canEdit && <ProtectionForm personId={personId} protection={null} onSaved={() => router.refresh()} />}
    </>
  );
}
