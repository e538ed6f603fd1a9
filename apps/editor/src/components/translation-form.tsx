"use client";

import { LOCALE_NAMES, type Locale } from "@rightsdesk/domain";
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { callApi } from "~/lib/api-client";
import { textOf } from "~/lib/form-errors";
import { FieldError } from "./field-error";
import { SaveRow } from "./save-row";

type Props = {
  /** The PUT route that takes `{ text }` for this text in this language. */
  url: string;
  /** What is translated, e.g. "Biography translation"; the language is added. */
  label: string;
  /** Makes the ids unique when several texts are translated on one page. */
  idPrefix: string;
  locale: Locale;
  text: string;
};

/** One registry text in one language, saved on its own: what a translator may change. */
export function TranslationForm({ url, label, idPrefix, locale, text }: Props) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [pending, setPending] = useState(false);
  const name = `${label} (${LOCALE_NAMES[locale]})`;
  const id = `${idPrefix}-${locale}`;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    setPending(true);
    const result = await callApi("PUT", url, { text: textOf(new FormData(event.currentTarget), "text") });
    setPending(false);
    // The server's message is about the one field; a refusal (403) reads as well there as anywhere.
    setError(result.ok ? null : result.error);
    if (!result.ok) return;
    setSaved(true);
    router.refresh();
  }

  return (
    <form aria-label={name} onSubmit={onSubmit} noValidate>
      <label htmlFor={id}>{name}</label>
      <textarea id={id} name="text" lang={locale} defaultValue={text} aria-describedby={`${id}-error`} aria-invalid={error ? true : undefined} />
      <FieldError id={`${id}-error`} message={error ?? undefined} />
      <SaveRow pending={pending} saved={saved} label="Save translation" savedText="Translation saved" />
    </form>
  );
}
