"use client";

import { type Locale } from "@rightsdesk/domain";
import { type FormEvent, useId, useState } from "react";
import { type ApiAnswer, apiResult } from "~/features/shared/api-client";
import { endpoints, pathOf } from "~/features/shared/endpoints";
import { Disclosure } from "~/features/shared/ui/disclosure";

type Props = {
  articleId: string;
  locale: Locale;
  revision: number;
  canEdit: boolean;
  /** Folded behind its heading at first while the source changes ask for the translator's attention. */
  initiallyOpen: boolean;
};
type Failure = { message: string; problems: [string, string][] };

/** Export of the translation as an XLIFF 2.0 file for an agency or a CAT tool, and import of the translated file. */
export function XliffPanel({ articleId, locale, revision, canEdit, initiallyOpen }: Props) {
  const fileId = useId();
  const [failure, setFailure] = useState<Failure | null>(null);
  const [pending, setPending] = useState(false);
  const version = { id: articleId, locale };

  async function upload(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    form.set("baseRevision", String(revision));
    setPending(true);
    setFailure(null);
    const response = await fetch(pathOf(endpoints.importXliff, version), { method: endpoints.importXliff.method, body: form }).catch(() => null);
    const result = response
      ? apiResult<ApiAnswer<"importXliff">>(response.status, await response.json().catch(() => null))
      : { ok: false as const, error: "No connection to the server.", fields: undefined };
    if (result.ok) {
      // The editor shows the imported text only when it is loaded again.
      window.location.reload();
      return;
    }
    setPending(false);
    setFailure({ message: result.error, problems: Object.entries(result.fields ?? {}) });
  }

  return (
    <Disclosure heading="XLIFF" level={2} initiallyOpen={initiallyOpen}>
      <p>
        <a href={pathOf(endpoints.exportXliff, version)} download>
          Export XLIFF
        </a>{" "}
        <span className="save-state">of the current source, with this translation as targets.</span>
      </p>
      {canEdit && (
        <form onSubmit={(event) => void upload(event)} className="toolbar-row">
          <label htmlFor={fileId}>XLIFF file to import</label>
          <input id={fileId} name="file" type="file" accept=".xlf,.xliff,application/xliff+xml" required />
          <button type="submit" disabled={pending}>
            {pending ? "Importing…" : "Import"}
          </button>
        </form>
      )}
      {failure && (
        <div role="alert" className="alert error">
          <p>{failure.message}</p>
          {failure.problems.length > 0 && (
            <ul aria-label="Problems in the file">
              {failure.problems.map(([where, message]) => (
                <li key={where}>
                  {where === "file" || where === "body" ? "" : `${where}: `}
                  {message}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </Disclosure>
  );
}
