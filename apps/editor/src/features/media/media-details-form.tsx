"use client";

import {
  ALT_MAX_LENGTH,
  can,
  CAPTION_MAX_LENGTH,
  CREDIT_MAX_LENGTH,
  type Locale,
  LOCALE_NAMES,
  LOCALES,
  MEDIA_TEXT_FIELDS,
  MEDIA_TEXT_NAMES,
  type Role,
  SOURCE_LOCALE,
} from "@rightsdesk/domain";
import { type FormEvent, useState } from "react";
import { callApi } from "~/features/shared/api-client";
import { type MediaItem } from "~/features/media/media";
import { FormAlert } from "~/features/shared/ui/form-alert";

type Props = {
  item: MediaItem;
  role: Role;
  onSaved: (item: MediaItem) => void;
  /** Offers deletion; without it the form only describes (as on a translation's page). */
  onDeleted?: (id: string) => void;
  /** Describes in this language only, without a language choice (the language being translated). */
  fixedLocale?: Locale;
};

/** Alt text, caption and transcript of one asset in one language at a time, its credit, and deletion. */
export function MediaDetailsForm({ item, role, onSaved, onDeleted, fixedLocale }: Props) {
  const [locale, setLocale] = useState<Locale>(fixedLocale ?? SOURCE_LOCALE);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const [pending, setPending] = useState(false);
  // Bumped by every answer of the server, so that the fields show what is stored now (after a discard too).
  const [generation, setGeneration] = useState(0);
  const mayDescribe = can(role, { kind: "media.describe", locale });
  const mayManage = can(role, { kind: "media.manage" });
  const mayPublish = can(role, { kind: "version.publish", locale });
  const waiting = item.pending[locale];
  const waitingFields = MEDIA_TEXT_FIELDS.filter((field) => waiting?.texts[field] !== undefined);
  const prefix = `media-${item.id}`;

  function answered(next: MediaItem, text: string) {
    setMessage({ error: false, text });
    setGeneration((current) => current + 1);
    onSaved(next);
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => ({ [locale]: String(form.get(name) ?? "") });
    const patch = {
      ...(mayDescribe && { alt: item.kind === "image" ? text("alt") : undefined, caption: text("caption"), transcript: item.kind === "video" ? text("transcript") : undefined }),
      ...(mayManage && { credit: String(form.get("credit") ?? "") }),
    };
    setPending(true);
    const result = await callApi("updateMedia", { params: { id: item.id }, body: patch });
    setPending(false);
    if (!result.ok) {
      setMessage({ error: true, text: result.error });
      return;
    }
    const waits = result.data.pending[locale] !== undefined;
    answered(result.data, waits ? `Saved (${LOCALE_NAMES[locale]}). It waits for an editor to publish it.` : `Saved (${LOCALE_NAMES[locale]}).`);
  }

  /** Publishes (POST) or discards (DELETE) what a translator saved in this language. */
  async function decide(method: "POST" | "DELETE") {
    setPending(true);
    const result = await callApi(method === "POST" ? "publishMediaTexts" : "discardMediaTexts", { params: { id: item.id, locale } });
    setPending(false);
    if (!result.ok) return setMessage({ error: true, text: result.error });
    answered(result.data, method === "POST" ? `Published (${LOCALE_NAMES[locale]}): readers see the new texts.` : `Discarded (${LOCALE_NAMES[locale]}).`);
  }

  async function remove() {
    if (!window.confirm("Delete this media item from the library? This cannot be undone.")) return;
    const result = await callApi("deleteMedia", { params: { id: item.id } });
    if (result.ok) onDeleted?.(item.id);
    else setMessage({ error: true, text: result.error });
  }

  return (
    <form className="card" aria-label="Media details" onSubmit={(event) => void onSubmit(event)} noValidate>
      {!fixedLocale && (
        <>
          <label htmlFor={`${prefix}-locale`}>Language</label>
          <select id={`${prefix}-locale`} value={locale} onChange={(event) => { setLocale(LOCALES.find((option) => option === event.target.value) ?? locale); setMessage(null); }}>
            {LOCALES.map((option) => (
              <option key={option} value={option}>
                {LOCALE_NAMES[option]}
              </option>
            ))}
          </select>
        </>
      )}
      {!mayDescribe && <p className="hint">You may describe media in translations only, not in {LOCALE_NAMES[SOURCE_LOCALE]}.</p>}
      {waiting && (
        <div className="alert info" role="group" aria-label="Waiting for an editor">
          <p>
            <strong>Waiting for an editor.</strong> {waiting.authorName} changed the{" "}
            {waitingFields.map((field) => MEDIA_TEXT_NAMES[field].toLowerCase()).join(", ")}{" "}
            in {LOCALE_NAMES[locale]}; readers see the published text until an editor publishes the change.
          </p>
          <ul>
            {waitingFields.map((field) => (
              <li key={field}>
                Published {MEDIA_TEXT_NAMES[field].toLowerCase()}: {item[field][locale] || "none"}
              </li>
            ))}
          </ul>
          {mayPublish && (
            <div className="toolbar-row">
              <button type="button" onClick={() => void decide("POST")} disabled={pending}>
                Publish changes
              </button>
              <button type="button" onClick={() => void decide("DELETE")} disabled={pending}>
                Discard changes
              </button>
            </div>
          )}
        </div>
      )}
      {/* Keyed by language, so that switching language shows that language's texts; the fields show what waits, if anything. */}
      <fieldset key={`${locale}:${generation}`} className="plain" disabled={!mayDescribe}>
        {item.kind === "image" && (
          <>
            <label htmlFor={`${prefix}-alt`}>Alt text ({LOCALE_NAMES[locale]})</label>
            <input id={`${prefix}-alt`} name="alt" type="text" maxLength={ALT_MAX_LENGTH} defaultValue={waiting?.texts.alt ?? item.alt[locale] ?? ""} aria-describedby={`${prefix}-alt-hint`} />
            <p id={`${prefix}-alt-hint`} className="hint">
              What a reader who cannot see the picture needs to know. Required in English before the image can be inserted.
            </p>
          </>
        )}
        <label htmlFor={`${prefix}-caption`}>Caption ({LOCALE_NAMES[locale]})</label>
        <textarea id={`${prefix}-caption`} name="caption" maxLength={CAPTION_MAX_LENGTH} defaultValue={waiting?.texts.caption ?? item.caption[locale] ?? ""} />
        {item.kind === "video" && (
          <>
            <label htmlFor={`${prefix}-transcript`}>Transcript ({LOCALE_NAMES[locale]})</label>
            <textarea id={`${prefix}-transcript`} name="transcript" rows={8} defaultValue={waiting?.texts.transcript ?? item.transcript[locale] ?? ""} />
          </>
        )}
      </fieldset>
      <label htmlFor={`${prefix}-credit`}>Credit</label>
      <input id={`${prefix}-credit`} name="credit" type="text" maxLength={CREDIT_MAX_LENGTH} defaultValue={item.credit} readOnly={!mayManage} />
      <div className="toolbar-row">
        <button type="submit" className="primary" disabled={pending || (!mayDescribe && !mayManage)}>
          Save details
        </button>
        {mayManage && onDeleted && (
          <button type="button" className="danger" onClick={() => void remove()}>
            Delete
          </button>
        )}
      </div>
      {message?.error ? <FormAlert message={message.text} /> : message && <p role="status">{message.text}</p>}
    </form>
  );
}
