"use client";

import { type ArticleLinks, SOURCE_LOCALE, type Suggestion, tagLabel } from "@rightsdesk/domain";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useState } from "react";
import { z } from "zod";
import { type ApiCall, callApi, callDescribed } from "~/features/shared/api-client";

type Props = { articleId: string };
type Loaded = { suggestions: Suggestion[]; current: ArticleLinks };

const keyOf = (s: Suggestion) => (s.type === "tag" ? `tag:${s.tag.id}` : `${s.type}:${s.id}`);
const dismissedStore = (articleId: string) => `rightsdesk:dismissed-suggestions:${articleId}`;
// What this browser stored, read as nothing dismissed if it is not a list of keys (another version, a hand edit).
const ZDismissed = z.array(z.string()).catch([]);
const readDismissed = (articleId: string) => {
  try {
    return ZDismissed.parse(JSON.parse(window.localStorage.getItem(dismissedStore(articleId)) ?? "[]"));
  } catch {
    return [];
  }
};

function present(s: Suggestion): { kind: string; label: string } {
  if (s.type === "tag") return { kind: s.tag.kind === "country" ? "Country tag" : "Topic tag", label: tagLabel(s.tag, SOURCE_LOCALE) };
  return { kind: s.type === "person" ? "Link person" : "Link case", label: s.label };
}

/** The save that accepting a suggestion makes: the whole list, as the tag and link pickers save it, with one more. */
function acceptRequest(articleId: string, s: Suggestion, current: ArticleLinks): ApiCall<"setArticleTags" | "setArticleRegistryLinks"> {
  if (s.type === "tag") return { endpoint: "setArticleTags", params: { id: articleId }, body: { tagIds: [...current.tagIds, s.tag.id] } };
  const links = { personIds: [...current.personIds], caseIds: [...current.caseIds] };
  (s.type === "person" ? links.personIds : links.caseIds).push(s.id);
  return { endpoint: "setArticleRegistryLinks", params: { id: articleId }, body: links };
}

/**
 * Tags and links that the people and cases mentioned in the saved English text suggest. Nothing is
 * applied until the editor accepts it; a dismissed suggestion stays away in this browser.
 */
export function TagSuggestions({ articleId }: Props) {
  const router = useRouter();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [dismissed, setDismissed] = useState<string[]>([]);
  const [message, setMessage] = useState<{ kind: "ok" | "error"; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(async (): Promise<Loaded | null> => {
    const result = await callApi("articleSuggestions", { params: { id: articleId } });
    if (!result.ok) {
      setMessage({ kind: "error", text: `Could not load suggestions: ${result.error}` });
      return null;
    }
    setLoaded(result.data);
    return result.data;
  }, [articleId]);

  useEffect(() => {
    setDismissed(readDismissed(articleId));
    void load();
  }, [articleId, load]);

  async function accept(s: Suggestion) {
    setBusy(true);
    setMessage(null);
    // Read the article's lists again first: a picker may have changed them since this panel loaded.
    const fresh = await load();
    const result = fresh && (await callDescribed(acceptRequest(articleId, s, fresh.current)));
    if (result?.ok) {
      setMessage({ kind: "ok", text: `Added ${present(s).label}` });
      await load();
      router.refresh();
    } else if (result) {
      setMessage({ kind: "error", text: result.error });
    }
    setBusy(false);
  }

  function dismiss(s: Suggestion) {
    const next = [...dismissed, keyOf(s)];
    setDismissed(next);
    window.localStorage.setItem(dismissedStore(articleId), JSON.stringify(next));
  }

  const shown = loaded?.suggestions.filter((s) => !dismissed.includes(keyOf(s))) ?? [];
  return (
    <div className="suggestions">
      <h2 className="label">Suggestions</h2>
      {loaded === null ? (
        <p className="save-state">Loading suggestions…</p>
      ) : shown.length === 0 ? (
        <p className="save-state">No suggestions. Mention people and cases in the text with @ and save; tags and links they suggest appear here.</p>
      ) : (
        <ul aria-label="Suggested tags and links">
          {shown.map((s) => {
            const { kind, label } = present(s);
            return (
              <li key={keyOf(s)}>
                <strong>{label}</strong> <span className="badge">{kind}</span>
                <ul className="reasons">
                  {s.reasons.map((reason) => (
                    <li key={reason}>{reason}</li>
                  ))}
                </ul>
                <button type="button" disabled={busy} onClick={() => void accept(s)} aria-label={`Accept ${kind.toLowerCase()} ${label}`}>
                  Accept
                </button>{" "}
                <button type="button" disabled={busy} onClick={() => dismiss(s)} aria-label={`Dismiss ${kind.toLowerCase()} ${label}`}>
                  Dismiss
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <button type="button" disabled={busy} onClick={() => void load()}>
        Check again
      </button>
      {message && (
        <p role="status" className={message.kind === "ok" ? "save-state saved" : "alert error"}>
          {message.text}
        </p>
      )}
    </div>
  );
}
