"use client";

import { ZPasswordReset } from "@rightsdesk/domain";
import { type FormEvent, useState } from "react";
import { callApi } from "~/features/shared/api-client";
import { messageFor } from "~/features/shared/form-errors";
import { FormAlert } from "~/features/shared/ui/form-alert";
import { ModalDialog } from "~/features/shared/ui/modal-dialog";
import { SaveRow } from "~/features/shared/ui/save-row";
import { useCheckedSubmit } from "~/features/shared/use-checked-submit";
import { FirstPasswordField, FirstPasswordShownOnce } from "./first-password";

type Props = { userId: string; name: string };

/**
 * An admin gives someone who forgot their password a new first one, as Add a user does. Their sessions end
 * at once, wherever they are signed in; the new password is shown once, to pass on.
 */
export function ResetPassword({ userId, name }: Props) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" aria-haspopup="dialog" aria-label={`Reset password of ${name}`} onClick={() => setOpen(true)}>
        Reset password
      </button>
      <ModalDialog open={open} onClose={() => setOpen(false)} title={`Reset the password of ${name}`}>
        <ResetPasswordForm userId={userId} name={name} onDone={() => setOpen(false)} />
      </ModalDialog>
    </>
  );
}

function ResetPasswordForm({ userId, name, onDone }: Props & { onDone: () => void }) {
  const [password, setPassword] = useState("");
  const [given, setGiven] = useState<string | null>(null);
  const { errors, pending, send } = useCheckedSubmit();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = await send(ZPasswordReset, { password }, (body) => callApi("resetPassword", { params: { id: userId }, body }));
    if (result) setGiven(result.sent.password);
  }

  if (given) {
    return (
      <>
        <FirstPasswordShownOnce password={given}>
          Every session of {name} has ended. They sign in again with the first password
        </FirstPasswordShownOnce>
        <div className="toolbar-row">
          <button type="button" className="primary" onClick={onDone}>
            Done
          </button>
        </div>
      </>
    );
  }
  return (
    <form aria-label={`New password for ${name}`} onSubmit={(event) => void submit(event)} noValidate>
      <p className="save-state">Every session of {name} ends at once. The reset is recorded in the audit log; the password is not.</p>
      <FirstPasswordField id={`reset-password-${userId}`} value={password} onChange={setPassword} error={messageFor(errors.fields, "password")} />
      <FormAlert message={errors.form} />
      <SaveRow primary pending={pending} label="Reset password" pendingLabel="Resetting…" />
    </form>
  );
}
