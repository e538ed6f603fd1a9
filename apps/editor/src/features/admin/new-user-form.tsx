"use client";

import { type NewUser, type Role, ROLES, ZNewUser, ZRole } from "@rightsdesk/domain";
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { callApi } from "~/features/shared/api-client";
import { messageFor, textOf } from "~/features/shared/form-errors";
import { FormAlert } from "~/features/shared/ui/form-alert";
import { SaveRow } from "~/features/shared/ui/save-row";
import { TextField } from "~/features/shared/ui/text-field";
import { useCheckedSubmit } from "~/features/shared/use-checked-submit";
import { FirstPasswordField, FirstPasswordShownOnce } from "./first-password";

/**
 * An admin adds an account with a first password, typed or generated. The password is shown once, after the
 * account exists, so that the admin can pass it on; the server keeps only its hash.
 */
export function NewUserForm() {
  const router = useRouter();
  const [password, setPassword] = useState("");
  const [role, setRole] = useState<Role>("translator");
  const { errors, pending, send } = useCheckedSubmit();
  const [added, setAdded] = useState<NewUser | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const typed = new FormData(form);
    setAdded(null);
    const result = await send(ZNewUser, { name: textOf(typed, "name"), email: textOf(typed, "email"), role, password }, (body) => callApi("createUser", { body }));
    if (!result) return;
    setAdded(result.sent);
    form.reset();
    setPassword("");
    router.refresh();
  }

  const field = (name: keyof NewUser) => ({ id: `new-user-${name}`, name, error: messageFor(errors.fields, name) });
  return (
    <form className="card" aria-labelledby="new-user-heading" onSubmit={(event) => void submit(event)} noValidate>
      <h2 id="new-user-heading">Add a user</h2>
      <div className="form-grid">
        <TextField label="Name" type="text" autoComplete="off" {...field("name")} />
        <TextField label="Email" type="email" autoComplete="off" {...field("email")} />
        <div>
          <label htmlFor="new-user-role">Role</label>
          <select id="new-user-role" value={role} onChange={(event) => setRole(ZRole.parse(event.target.value))}>
            {ROLES.map((option) => (
              <option key={option} value={option}>
                {option}
              </option>
            ))}
          </select>
        </div>
        <FirstPasswordField id="new-user-password" value={password} onChange={setPassword} error={messageFor(errors.fields, "password")} />
      </div>
      <FormAlert message={errors.form} />
      <SaveRow pending={pending} label="Add user" pendingLabel="Adding…" />
      {added && (
        <FirstPasswordShownOnce password={added.password}>
          {added.name} ({added.email}) can now sign in as {added.role} with the first password
        </FirstPasswordShownOnce>
      )}
    </form>
  );
}
