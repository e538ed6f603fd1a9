"use client";

import { LOCALE_NAMES, type Locale } from "@rightsdesk/domain";
import { type FormEvent } from "react";
import { type ApiCall } from "~/features/shared/api-client";
import { textOf } from "~/features/shared/form-errors";
import { useTranslationSave } from "~/features/translation/use-translation-save";
import { FieldError } from "~/features/shared/ui/field-error";
import { SaveRow } from "~/features/shared/ui/save-row";
import { TheirTranslation } from "./their-translation";

type Props = {
  /** The route that saves this text in this language. */
  target: Omit<ApiCall<"translatePersonBio">, "body"> | Omit<ApiCall<"translateCaseEvent">, "body">;
  /** What is translated, e.g. "Biography translation"; the language is added. */
  label: string;
  /** Makes the ids unique when several texts are translated on one page. */
  idPrefix: string;
  locale: Locale;
  /** The stored translation ("" for none): a save over another one saved meanwhile is refused. */
  text: string;
};

/** One registry text in one language, saved on its own: what a translator may change. */
export function TranslationForm({ target, label, idPrefix, locale, text }: Props) {
  const { error, saved, pending, save, theirs } = useTranslationSave(text);
  const name = `${label} (${LOCALE_NAMES[locale]})`;
  const id = `${idPrefix}-${locale}`;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const text = textOf(new FormData(event.currentTarget), "text");
    void save((previousTranslation) => ({ ...target, body: { text, previousTranslation } }));
  }

  return (
    <form aria-label={name} onSubmit={onSubmit} noValidate>
      <label htmlFor={id}>{name}</label>
      <textarea id={id} name="text" lang={locale} defaultValue={text} aria-describedby={`${id}-error`} aria-invalid={error ? true : undefined} />
      {/* The server's message is about the one field; a refusal (403) reads as well there as anywhere. */}
      <FieldError id={`${id}-error`} message={error ?? undefined} />
      {theirs !== null && <TheirTranslation text={theirs} locale={locale} />}
      <SaveRow pending={pending} saved={saved} label="Save translation" savedText="Translation saved" />
    </form>
  );
}
