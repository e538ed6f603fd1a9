import { type InputHTMLAttributes } from "react";
import { FieldError } from "./field-error";

type Props = { id: string; label: string; error?: string } & Omit<InputHTMLAttributes<HTMLInputElement>, "id">;

/** A labelled input with its error beneath, tied to it for screen readers. */
export function TextField({ id, label, error, ...input }: Props) {
  return (
    <div>
      <label htmlFor={id}>{label}</label>
      <input id={id} aria-describedby={`${id}-error`} aria-invalid={error ? true : undefined} {...input} />
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}
