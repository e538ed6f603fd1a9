"use client";

import { type Locale } from "@rightsdesk/domain";
import { useRouter } from "next/navigation";
import { type ReactNode, type UIEvent, useId, useState } from "react";
import { callApi } from "~/lib/api-client";
import { FormAlert } from "./form-alert";

type Props = {
  articleId: string;
  locale: Locale;
  /** The source revision the diff shows: marking up to date records exactly this one as reviewed. */
  sourceRevision: number;
  canEdit: boolean;
  /** The explanation and the readable diff, rendered on the server. */
  children: ReactNode;
};

/**
 * The "Source changed" panel of an outdated translation. "Mark as up to date" stays disabled until
 * the translator has scrolled through the changes or says they reviewed them.
 */
export function SourceChanges({ articleId, locale, sourceRevision, canEdit, children }: Props) {
  const router = useRouter();
  const headingId = useId();
  const checkboxId = useId();
  const [reviewed, setReviewed] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  function onScroll(event: UIEvent<HTMLDivElement>) {
    const box = event.currentTarget;
    // Scrolling to the end of the changes counts as reviewing them; the box shows it and can be unticked.
    if (box.scrollTop + box.clientHeight >= box.scrollHeight - 4) setReviewed(true);
  }

  async function markUpToDate() {
    setPending(true);
    const result = await callApi("POST", `/api/articles/${articleId}/versions/${locale}/up-to-date`, { sourceRevision });
    setPending(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    router.refresh();
  }

  return (
    <section className="card source-changes" aria-labelledby={headingId}>
      <h2 id={headingId}>Source changed</h2>
      {/* Focusable so that keyboard users can scroll the changes too. */}
      <div className="source-changes-diff" role="region" aria-label="Changes in the source" tabIndex={0} onScroll={onScroll}>
        {children}
      </div>
      {canEdit && (
        <div className="toolbar-row">
          <input id={checkboxId} type="checkbox" checked={reviewed} onChange={(event) => setReviewed(event.target.checked)} />
          <label htmlFor={checkboxId}>I have reviewed the changes</label>
          <button type="button" disabled={pending || !reviewed} onClick={() => void markUpToDate()}>
            {pending ? "Saving…" : "Mark as up to date"}
          </button>
        </div>
      )}
      <FormAlert message={error} />
    </section>
  );
}
