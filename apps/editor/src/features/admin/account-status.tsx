"use client";

import { type AccountStatus, ZAccountStatusChange } from "@rightsdesk/domain";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { callApi } from "~/features/shared/api-client";
import { FormAlert } from "~/features/shared/ui/form-alert";
import { ModalDialog } from "~/features/shared/ui/modal-dialog";
import { useCheckedSubmit } from "~/features/shared/use-checked-submit";

type Props = { userId: string; name: string; status: AccountStatus };

/**
 * Takes someone's access away when they leave, after a confirmation, or gives it back. Nothing of theirs is
 * deleted: the account stays, with its articles, revisions and audit entries.
 */
export function AccountStatusControl({ userId, name, status }: Props) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const { errors, pending, send } = useCheckedSubmit();

  async function change(to: AccountStatus) {
    setDone(null);
    const result = await send(ZAccountStatusChange, { status: to }, (body) => callApi("setUserStatus", { params: { id: userId }, body }));
    setConfirming(false);
    if (!result) return;
    setDone(to === "deactivated" ? `${name} is deactivated and signed out everywhere.` : `${name} can sign in again.`);
    router.refresh();
  }

  return (
    <div className="toolbar-row">
      {status === "active" ? (
        <button type="button" className="danger" aria-haspopup="dialog" aria-label={`Deactivate ${name}`} onClick={() => setConfirming(true)}>
          Deactivate
        </button>
      ) : (
        <button type="button" aria-label={`Reactivate ${name}`} disabled={pending} onClick={() => void change("active")}>
          {pending ? "Reactivating…" : "Reactivate"}
        </button>
      )}
      <span role="status" className="save-state">
        {done ?? ""}
      </span>
      <FormAlert message={errors.form} />
      <ModalDialog open={confirming} onClose={() => setConfirming(false)} title={`Deactivate ${name}?`}>
        <p>
          {name} is signed out at once, wherever they are signed in, and cannot sign in until an admin reactivates the account. Their articles,
          revisions and entries in the audit log keep their name.
        </p>
        <div className="toolbar-row">
          <button type="button" className="danger" disabled={pending} onClick={() => void change("deactivated")}>
            {pending ? "Deactivating…" : "Deactivate the account"}
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </div>
      </ModalDialog>
    </div>
  );
}
