"use client";

import { generatePassword, PASSWORD_MIN_LENGTH } from "@rightsdesk/domain";
import { type ReactNode } from "react";
import { TextField } from "~/features/shared/ui/text-field";

type FieldProps = { id: string; value: string; onChange: (password: string) => void; error?: string };

/**
 * A first password an admin gives someone (a new account, a reset), typed or generated. Shown as text: the admin
 * has to read it out or copy it to its owner.
 */
export function FirstPasswordField({ id, value, onChange, error }: FieldProps) {
  return (
    <div>
      <TextField
        id={id}
        name="password"
        label={`First password (at least ${PASSWORD_MIN_LENGTH} characters)`}
        type="text"
        autoComplete="off"
        spellCheck={false}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        error={error}
      />
      <div className="toolbar-row">
        <button type="button" onClick={() => onChange(generatePassword())}>
          Generate a password
        </button>
      </div>
    </div>
  );
}

/** Says once, after the server took it, which first password to pass on; the server keeps only its hash. */
export function FirstPasswordShownOnce({ password, children }: { password: string; children: ReactNode }) {
  return (
    <p role="status" className="save-state saved">
      {children} <code>{password}</code>. Pass it on now: it is not shown again.
    </p>
  );
}
