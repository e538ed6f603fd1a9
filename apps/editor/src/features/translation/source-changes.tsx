"use client";

import { useRouter } from "next/navigation";
import { type ReactNode, type UIEvent, useId, useState } from "react";
import { type ApiCall, callDescribed } from "~/features/shared/api-client";
import { Disclosure } from "~/features/shared/ui/disclosure";
import { FormAlert } from "~/features/shared/ui/form-alert";

type Props = {
  /**
   * Where "Mark as up to date" posts, and what: it names the source the diff shows (an article's
   * source revision, a label's English text), so that exactly that one is recorded as reviewed.
   */
  mark: ApiCall<"markUpToDate" | "markLabelUpToDate">;
  /** The panel's heading and its level on the page. */
  heading?: { text: string; level: 2 | 4 };
  /** Shown folded behind its heading at first, where the work beside it matters more (a translation's editor). */
  initiallyOpen?: boolean;
  canEdit: boolean;
  /** The explanation and the readable diff, rendered on the server. */
  children: ReactNode;
};

/**
 * The "Source changed" panel of an outdated translation (an article, or one label of the labels desk). "Mark as up to date" stays disabled until
 * the translator has scrolled through the changes or says they reviewed them.
 */
export function SourceChanges({ mark, heading = { text: "Source changed", level: 2 }, initiallyOpen = true, canEdit, children }: Props) {
  const router = useRouter();
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
    const result = await callDescribed(mark);
    setPending(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    router.refresh();
  }

  return (
    <Disclosure heading={heading.text} level={heading.level} initiallyOpen={initiallyOpen} className="source-changes">
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
    </Disclosure>
  );
}
