"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { type ApiCall, callDescribed } from "~/features/shared/api-client";

/** A save of one translated text, given the translation it started from. */
export type TranslationSave = (previousTranslation: string) => ApiCall<"saveLabelTranslation" | "translatePersonBio" | "translateCaseEvent">;

/**
 * Saving one translated text (a tag label, a biography, a timeline description in one language)
 * from the translation the page shows, `current` ("" for none), which the save names as the one it
 * started from. A refused save (409) reloads the page around the field, which keeps what was typed:
 * the new English, or the translation someone else saved meanwhile (`theirs`), then shows beside it,
 * and saving again replaces it knowingly.
 */
export function useTranslationSave(current: string) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [pending, setPending] = useState(false);
  // The text this form last stored and the one it replaced: until the reloaded page shows it, a
  // second save starts from it, not from a text the translator has already replaced themselves.
  const [own, setOwn] = useState<{ over: string; text: string } | null>(null);
  // The translation a refused save started from: once the page shows another one, that is theirs.
  const [refusedOver, setRefusedOver] = useState<string | null>(null);
  const startedFrom = own !== null && own.over === current ? own.text : current;

  async function save(request: TranslationSave) {
    setSaved(false);
    setPending(true);
    const result = await callDescribed(request(startedFrom));
    setPending(false);
    setError(result.ok ? null : result.error);
    if (result.ok) {
      setSaved(true);
      setOwn({ over: current, text: result.data.translation });
      setRefusedOver(null);
    } else if (result.status === 409) {
      setRefusedOver(startedFrom);
    }
    if (result.ok || result.status === 409) router.refresh();
  }

  const theirs = refusedOver !== null && refusedOver !== current ? current : null;
  return { error, saved, pending, save, theirs };
}
