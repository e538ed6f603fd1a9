"use client";

import { type LabelKind, type Locale } from "@rightsdesk/domain";
import { type FormEvent, useId } from "react";
import { textOf } from "~/features/shared/form-errors";
import { useTranslationSave } from "~/features/translation/use-translation-save";
import { FormAlert } from "~/features/shared/ui/form-alert";
import { SaveRow } from "~/features/shared/ui/save-row";
import { TheirTranslation } from "./their-translation";

type Props = {
  kind: LabelKind;
  id: string;
  locale: Locale;
  /** The textarea's accessible name, e.g. "Russian biography of Alma Shalabayeva". */
  label: string;
  /** The English text on screen: the save is refused if it changed in the meantime. */
  sourceText: string;
  /** The stored translation: the save is refused if someone saved another one in the meantime. */
  translation: string | null;
};

/**
 * One translated label of the labels desk. A refused save keeps what was typed and reloads the
 * page around it, so that the new English and its changes, or the translation someone else saved,
 * show next to the translator's text.
 */
export function LabelTranslationForm({ kind, id, locale, label, sourceText, translation }: Props) {
  const fieldId = useId();
  const { error, saved, pending, save, theirs } = useTranslationSave(translation ?? "");

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const text = textOf(new FormData(event.currentTarget), "text");
    void save((previousTranslation) => ({ endpoint: "saveLabelTranslation", body: { kind, id, locale, text, sourceText, previousTranslation } }));
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
      {theirs !== null && <TheirTranslation text={theirs} locale={locale} />}
      <SaveRow pending={pending} saved={saved} label="Save" savedText="Translation saved" />
    </form>
  );
}
