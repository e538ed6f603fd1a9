"use client";

import { LOCALE_NAMES, LOCALES, SOURCE_LOCALE, ZTranslationRequest } from "@rightsdesk/domain";
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { callApi } from "~/features/shared/api-client";
import { checkInput } from "~/features/shared/form-errors";
import { FormAlert } from "~/features/shared/ui/form-alert";

type Props = { articleId: string; translators: { id: string; name: string }[] };

const TARGETS = LOCALES.filter((locale) => locale !== SOURCE_LOCALE);

/** An editor asks for translations into chosen languages, by a day, of one translator (or of whoever takes it). */
export function TranslationRequestForm({ articleId, translators }: Props) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(null);
    const form = new FormData(event.currentTarget);
    const input = { locales: form.getAll("locales"), dueDate: form.get("dueDate") ?? "", assigneeId: form.get("assigneeId") ?? "" };
    const checked = checkInput(ZTranslationRequest, input);
    if (!checked.success) {
      setError(checked.error.issues[0]?.message ?? "Check the request.");
      return;
    }
    setPending(true);
    const result = await callApi("requestTranslations", { params: { id: articleId }, body: checked.input });
    setPending(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(null);
    setDone(`Requested: ${checked.data.locales.map((locale) => LOCALE_NAMES[locale]).join(", ")}.`);
    router.refresh();
  }

  return (
    <form onSubmit={(event) => void submit(event)} aria-label="Request translations">
      <fieldset>
        <legend>Languages</legend>
        <div className="checks">
          {TARGETS.map((locale) => (
            <label key={locale}>
              <input type="checkbox" name="locales" value={locale} />
              {LOCALE_NAMES[locale]}
            </label>
          ))}
        </div>
      </fieldset>
      <label htmlFor="translation-due">Due date (UTC)</label>
      <input id="translation-due" name="dueDate" type="date" />
      <label htmlFor="translation-assignee">Translator</label>
      <select id="translation-assignee" name="assigneeId" defaultValue="">
        <option value="">Not assigned yet</option>
        {translators.map((translator) => (
          <option key={translator.id} value={translator.id}>
            {translator.name}
          </option>
        ))}
      </select>
      <FormAlert message={error} />
      {done && (
        <p role="status" className="save-state saved">
          {done}
        </p>
      )}
      <button type="submit" disabled={pending}>
        Request translations
      </button>
    </form>
  );
}
