"use client";

import { type LabelKind, type Locale } from "@rightsdesk/domain";
import { useRouter } from "next/navigation";
import { type FormEvent, useId, useState } from "react";
import { callApi } from "~/lib/api-client";
import { textOf } from "~/lib/form-errors";
import { FormAlert } from "./form-alert";
import { SaveRow } from "./save-row";

type Props = {
  kind: LabelKind;
  id: string;
  locale: Locale;
  /** The textarea's accessible name, e.g. "Russian biography of Alma Shalabayeva". */
  label: string;
  /** The English text on screen: the save is refused if it changed in the meantime. */
  sourceText: string;
  translation: string | null;
};

/**
 * One translated label of the labels desk. A refused save keeps what was typed and reloads the
 * page around it, so that the new English and its changes show next to the translator's text.
 */
export function LabelTranslationForm({ kind, id, locale, label, sourceText, translation }: Props) {
  const router = useRouter();
  const fieldId = useId();
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    setPending(true);
    const text = textOf(new FormData(event.currentTarget), "text");
    const result = await callApi("PUT", "/api/label-translations", { kind, id, locale, text, sourceText });
    setPending(false);
    setError(result.ok ? null : result.error);
    if (result.ok) setSaved(true);
    if (result.ok || result.status === 409) router.refresh();
  }

  return (
    <form onSubmit={onSubmit} noValidate>
      <label htmlFor={fieldId}>{label}</label>
      {/* A tag label is a few words; a biography or an event description is prose. */}
      {kind === "tag" ? (
        <input id={fieldId} name="text" type="text" lang={locale} defaultValue={translation ?? ""} aria-invalid={error ? true : undefined} />
      ) : (
        <textarea id={fieldId} name="text" lang={locale} rows={4} defaultValue={translation ?? ""} aria-invalid={error ? true : undefined} />
      )}
      <FormAlert message={error} />
      <SaveRow pending={pending} saved={saved} label="Save" savedText="Translation saved" />
    </form>
  );
}
