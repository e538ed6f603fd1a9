"use client";

import { LOCALE_NAMES, MEDIA_TEXT_NAMES, type MediaTextsToPublish } from "@rightsdesk/domain";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { callApi } from "~/features/shared/api-client";
import { FormAlert } from "~/features/shared/ui/form-alert";

/** One language of one asset whose texts wait, with when they were saved already in words. */
export type MediaTextsItem = Omit<MediaTextsToPublish, "savedAt"> & { saved: string };

const keyOf = (item: MediaTextsItem) => `${item.assetId}:${item.locale}`;

type Props = {
  initial: MediaTextsItem[];
  /** False where the page's own heading names the list. */
  titled?: boolean;
};

/** The translators' media texts that wait for an editor, each shown against what readers see, to publish or discard. */
export function MediaTextsToPublishList({ initial, titled = true }: Props) {
  const headingId = useId();
  const router = useRouter();
  // Rows decided here leave at once; the refresh then brings the page's counts and the next waiting rows.
  const [decided, setDecided] = useState<ReadonlySet<string>>(new Set());
  const items = initial.filter((item) => !decided.has(keyOf(item)));
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<{ error: boolean; text: string } | null>(null);
  if (items.length === 0 && !notice) return null;

  async function decide(item: MediaTextsItem, method: "POST" | "DELETE") {
    setBusy(true);
    const result = await callApi(method === "POST" ? "publishMediaTexts" : "discardMediaTexts", { params: { id: item.assetId, locale: item.locale } });
    setBusy(false);
    if (!result.ok) return setNotice({ error: true, text: result.error });
    setDecided((current) => new Set(current).add(keyOf(item)));
    router.refresh();
    const what = `“${item.name}” (${LOCALE_NAMES[item.locale]})`;
    setNotice({ error: false, text: method === "POST" ? `Published the texts of ${what}: readers see them now.` : `Discarded the texts of ${what}.` });
  }

  return (
    <div>
      {titled && <h3 id={headingId}>Media texts</h3>}
      <ul className="change-list" aria-labelledby={titled ? headingId : undefined}>
        {items.map((item) => (
          <li key={keyOf(item)} aria-label={`${item.name} · ${LOCALE_NAMES[item.locale]}`}>
            {item.name} · {LOCALE_NAMES[item.locale]}
            <dl>
              {item.changes.map((change) => (
                <div key={change.field}>
                  <dt>{MEDIA_TEXT_NAMES[change.field]}</dt>
                  <dd lang={item.locale}>
                    <del>{change.live || "none"}</del> <ins>{change.proposed || "removed"}</ins>
                  </dd>
                </div>
              ))}
            </dl>
            <div className="save-state">
              saved by {item.authorName} {item.saved}; readers still see the published text
            </div>
            <div className="toolbar-row">
              <button type="button" onClick={() => void decide(item, "POST")} disabled={busy}>
                Publish changes
              </button>
              <button type="button" onClick={() => void decide(item, "DELETE")} disabled={busy}>
                Discard changes
              </button>
            </div>
          </li>
        ))}
      </ul>
      {notice?.error ? <FormAlert message={notice.text} /> : notice && <p role="status">{notice.text}</p>}
    </div>
  );
}
