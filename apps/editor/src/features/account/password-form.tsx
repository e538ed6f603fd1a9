"use client";

import { PASSWORD_MIN_LENGTH, type PasswordChange, ZPasswordChange } from "@rightsdesk/domain";
import { signOut } from "next-auth/react";
import { type FormEvent, useState } from "react";
import { callApi } from "~/features/shared/api-client";
import { messageFor, textOf } from "~/features/shared/form-errors";
import { FormAlert } from "~/features/shared/ui/form-alert";
import { SaveRow } from "~/features/shared/ui/save-row";
import { TextField } from "~/features/shared/ui/text-field";
import { useCheckedSubmit } from "~/features/shared/use-checked-submit";

/**
 * Changing one's own password. The server ends every session of the user, this one too (a session's cookie
 * cannot be reissued cleanly from an API route), so the form then asks the user to sign in again.
 */
export function PasswordForm() {
  const { errors, pending, send } = useCheckedSubmit();
  const [changed, setChanged] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const typed = { currentPassword: textOf(form, "currentPassword"), newPassword: textOf(form, "newPassword"), repeatedPassword: textOf(form, "repeatedPassword") };
    if (await send(ZPasswordChange, typed, (body) => callApi("changeOwnPassword", { body }))) setChanged(true);
  }

  if (changed) {
    return (
      <div className="card">
        <p role="status">Your password is changed. Every session of yours has ended, this one too: sign in again with the new password.</p>
        <button type="button" className="primary" onClick={() => void signOut({ callbackUrl: "/login" })}>
          Sign in again
        </button>
      </div>
    );
  }

  const field = (name: keyof PasswordChange) => ({ id: `account-${name}`, name, type: "password", error: messageFor(errors.fields, name) });
  return (
    <form className="card" aria-labelledby="password-heading" onSubmit={(event) => void submit(event)} noValidate>
      <h2 id="password-heading">Change your password</h2>
      <div className="form-grid">
        <TextField label="Current password" autoComplete="current-password" {...field("currentPassword")} />
        <TextField label={`New password (at least ${PASSWORD_MIN_LENGTH} characters)`} autoComplete="new-password" {...field("newPassword")} />
        <TextField label="New password again" autoComplete="new-password" {...field("repeatedPassword")} />
      </div>
      <FormAlert message={errors.form} />
      <SaveRow primary pending={pending} label="Change password" pendingLabel="Changing…" />
    </form>
  );
}
