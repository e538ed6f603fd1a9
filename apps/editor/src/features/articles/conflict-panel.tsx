"use client";

import { type Locale, type MergeableVersion, type MergeResult, mergeVersions, plainText } from "@rightsdesk/domain";
import { useEffect, useState } from "react";
import { callApi } from "~/features/shared/api-client";
import { FormAlert } from "~/features/shared/ui/form-alert";
import { TextDiff } from "./revision-diff";

/** A revision as the revisions route sends it. */
export type RevisionJson = MergeableVersion & { number: number; createdAt: string; author: { name: string } };

const dateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short" });

type Props = {
  articleId: string;
  locale: Locale;
  /** The revision my edits started from. */
  baseRevision: number;
  /** My text as the editor has it now. */
  mine: () => MergeableVersion;
  /** The text the editor opened with, the base of a translation nobody had saved yet. */
  start: MergeableVersion;
  onKeepMine: (latest: number) => void;
  onTakeTheirs: (theirs: RevisionJson) => void;
  onMerge: (merged: MergeResult, latest: number) => void;
};

/**
 * Shown when a save ran into someone else's newer revision: who saved it and when, their text compared
 * with mine, and three ways on, none of which loses either text.
 */
export function ConflictPanel({ articleId, locale, baseRevision, mine, start, onKeepMine, onTakeTheirs, onMerge }: Props) {
  const [theirs, setTheirs] = useState<RevisionJson | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void callApi("getRevision", { params: { id: articleId, locale, number: "latest" } }).then((result) =>
      result.ok ? setTheirs(result.data) : setError(`Could not load the newer revision: ${result.error}`),
    );
  }, [articleId, locale]);

  async function merge(latest: RevisionJson) {
    setBusy(true);
    const base = baseRevision > 0 ? await callApi("getRevision", { params: { id: articleId, locale, number: baseRevision } }) : { ok: true as const, data: start };
    setBusy(false);
    if (!base.ok) {
      setError(`Could not load revision ${baseRevision} to merge from: ${base.error}`);
      return;
    }
    onMerge(mergeVersions(base.data, latest, mine()), latest.number);
  }

  const current = mine();
  return (
    <section className="card conflict-panel" aria-labelledby="conflict-heading">
      <h2 id="conflict-heading">Someone else saved this version</h2>
      <FormAlert message={error} />
      {theirs ? (
        <>
          <p role="alert">
            {theirs.author.name} saved revision {theirs.number} on {dateTime.format(new Date(theirs.createdAt))}, after you opened revision{" "}
            {baseRevision}. Your text is not saved yet and is kept in this browser.
          </p>
          <p className="save-state">
            Their version compared with yours: <del>only in theirs</del>, <ins>only in yours</ins>.
          </p>
          <TextDiff label="Title" before={theirs.title} after={current.title} />
          <TextDiff label="Summary" before={theirs.summary} after={current.summary} />
          <TextDiff label="Body" before={plainText(theirs.body)} after={plainText(current.body)} />
          <div className="toolbar-row">
            <button type="button" className="primary" disabled={busy} onClick={() => onKeepMine(theirs.number)}>
              Keep mine as a new revision
            </button>
            <button type="button" disabled={busy} onClick={() => onTakeTheirs(theirs)}>
              Take theirs
            </button>
            <button type="button" disabled={busy} onClick={() => void merge(theirs)}>
              Merge
            </button>
          </div>
        </>
      ) : (
        !error && <p className="save-state">Loading the newer revision…</p>
      )}
    </section>
  );
}
