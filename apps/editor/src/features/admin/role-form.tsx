"use client";

import { type Role, ROLES, ZRole } from "@rightsdesk/domain";
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { callApi } from "~/features/shared/api-client";
import { FormAlert } from "~/features/shared/ui/form-alert";

type Props = { userId: string; name: string; role: Role };

/** One user's role: a select and a button, so that choosing with the keyboard changes nothing until confirmed. */
export function RoleForm({ userId, name, role }: Props) {
  const router = useRouter();
  const [chosen, setChosen] = useState<Role>(role);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setPending(true);
    setSaved(false);
    const result = await callApi("setUserRole", { params: { id: userId }, body: { role: chosen } });
    setPending(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(null);
    setSaved(true);
    router.refresh();
  }

  return (
    <form className="toolbar-row" onSubmit={(event) => void submit(event)}>
      <select aria-label={`Role of ${name}`} value={chosen} onChange={(event) => setChosen(ZRole.parse(event.target.value))}>
        {ROLES.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </select>
      <button type="submit" disabled={pending || chosen === role}>
        {pending ? "Changing…" : "Change role"}
      </button>
      <span role="status" className="save-state">
        {saved ? "Role changed" : ""}
      </span>
      <FormAlert message={error} />
    </form>
  );
}
