"use client";

import { type Locale, type RichTextDoc } from "@rightsdesk/domain";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { callApi, JsonText } from "~/features/shared/api-client";
import { afterDelayWhenIdle, whenIdle } from "~/features/shared/idle-task";
import { type NodeProblem, nodeProblemOf } from "./editor/node-problem";
import { withJsonMembers } from "./json-text";
import { clearLocalDraft, writeLocalDraftJson } from "./local-draft";
import { afterFailure, AUTOSAVE_CHECK_MS, AUTOSAVE_PAUSE_MS, LOCAL_DRAFT_DELAY_MS, type SaveState, shouldAutosave } from "./save-state";

/**
 * Saves one language version: on demand, and by itself once the writer pauses (see AUTOSAVE_PAUSE_MS), retrying
 * when the connection fails, and keeping every change in the browser until the server has it.
 * `readJson` gives the version's title, summary and body as JSON text: read on every save and every
 * local copy, it must cost little for a long text (see docJson).
 */
export function useVersionSave(options: {
  articleId: string;
  locale: Locale;
  initialRevision: number;
  readJson: () => string;
  enabled: boolean;
}) {
  const { articleId, locale, readJson, enabled } = options;
  const router = useRouter();
  const [state, setState] = useState<SaveState>({ kind: "saved" });
  // The node of the body the last refused save named, which the writer may remove.
  const [problem, setProblem] = useState<NodeProblem | null>(null);
  const [revision, setRevision] = useState(options.initialRevision);
  // Counts edits, so that a save that finishes while the writer kept typing does not mark them saved.
  const edits = useRef(0);
  const savedEdits = useRef(0);
  // When the first edit the server does not have was made, and the last edit: autosave waits for a pause.
  const unsavedSince = useRef<number | null>(null);
  const lastEditAt = useRef(0);
  const saving = useRef(false);
  const stateRef = useRef(state);
  stateRef.current = state;
  const revisionRef = useRef(revision);
  revisionRef.current = revision;

  // The browser's copy is written at most once per LOCAL_DRAFT_DELAY_MS while typing, not on every keystroke,
  // in a pause between two keys (copying a long text would hold up the next key's paint), and at once when the
  // page is hidden or left, so that a closed tab still loses nothing. Holds what cancels the pending copy.
  const pendingDraft = useRef<(() => void) | null>(null);
  const cancelDraft = useCallback(() => {
    pendingDraft.current?.();
    pendingDraft.current = null;
  }, []);
  const keepDraft = useCallback(
    (baseRevision: number) => {
      cancelDraft();
      writeLocalDraftJson(articleId, locale, withJsonMembers(readJson(), { baseRevision: String(baseRevision), savedAt: String(Date.now()) }));
    },
    [articleId, locale, readJson, cancelDraft],
  );
  const flushDraft = useRef(() => {});
  flushDraft.current = () => {
    if (pendingDraft.current !== null) keepDraft(revisionRef.current);
  };

  const markChanged = useCallback(() => {
    edits.current += 1;
    lastEditAt.current = Date.now();
    unsavedSince.current ??= lastEditAt.current;
    pendingDraft.current ??= afterDelayWhenIdle(() => flushDraft.current(), LOCAL_DRAFT_DELAY_MS);
    // Called on every keystroke: only the first edit after a save changes the state, and only then is a render
    // asked for (a state update that changes nothing can still render the whole editor).
    if (stateRef.current.kind === "saved" || stateRef.current.kind === "stopped") {
      setState((previous) => (previous.kind === "saved" || previous.kind === "stopped" ? { kind: "unsaved" } : previous));
    }
  }, []);

  const save = useCallback(async (): Promise<boolean> => {
    if (saving.current || !enabled) return false;
    saving.current = true;
    const editsAtStart = edits.current;
    const startedAt = Date.now();
    const previous = stateRef.current;
    setState({ kind: "saving" });
    const sent = readJson();
    const result = await callApi("saveVersion", {
      params: { id: articleId, locale },
      body: new JsonText(withJsonMembers(sent, { baseRevision: String(revisionRef.current) })),
    });
    saving.current = false;
    if (!result.ok) {
      // Read back only when refused: the node it names is found in the body that was sent.
      const refused = result.fields ? nodeProblemOf(result.fields, (JSON.parse(sent) as { body: RichTextDoc }).body) : null;
      setProblem(refused);
      setState(afterFailure(result.status, refused?.message ?? result.error, previous, Date.now()));
      return false;
    }
    setProblem(null);
    // The first save creates the version (a new translation): the page around the editor (its language
    // tabs, the "no version yet" notice, History and the translation tools) is read again to show it.
    // A refresh keeps this editor and what is typed in it.
    if (revisionRef.current === 0) router.refresh();
    setRevision(result.data.revision);
    revisionRef.current = result.data.revision;
    savedEdits.current = editsAtStart;
    if (edits.current === editsAtStart) {
      unsavedSince.current = null;
      cancelDraft();
      clearLocalDraft(articleId, locale);
      setState({ kind: "saved" });
    } else {
      // What was typed while it was being saved is unsaved since then.
      unsavedSince.current = startedAt;
      keepDraft(result.data.revision);
      setState({ kind: "unsaved" });
    }
    return true;
  }, [articleId, locale, readJson, enabled, cancelDraft, keepDraft, router]);

  /**
   * After a conflict, carries on from the latest revision. "saved": the editor now shows exactly that
   * revision. "review": the editor holds text to save on top of it (merged, or mine), kept locally meanwhile.
   */
  const continueFrom = useCallback(
    (latest: number, next: "saved" | "review") => {
      revisionRef.current = latest;
      setRevision(latest);
      if (next === "saved") {
        savedEdits.current = edits.current;
        unsavedSince.current = null;
        cancelDraft();
        clearLocalDraft(articleId, locale);
        setState({ kind: "saved" });
      } else {
        keepDraft(latest);
        setState({ kind: "stopped", message: "review the merged text, then press Save" });
      }
    },
    [articleId, locale, cancelDraft, keepDraft],
  );

  useEffect(() => {
    if (!enabled) return;
    let pendingSave: (() => void) | null = null;
    const timer = window.setInterval(() => {
      const unsaved = edits.current === savedEdits.current ? null : { since: unsavedSince.current ?? lastEditAt.current, lastAt: lastEditAt.current };
      if (pendingSave || !shouldAutosave(stateRef.current, unsaved, Date.now())) return;
      // Started when the browser is idle: sending a long text copies it on the main thread.
      pendingSave = whenIdle(() => {
        pendingSave = null;
        void save();
      }, AUTOSAVE_PAUSE_MS);
    }, AUTOSAVE_CHECK_MS);
    return () => {
      window.clearInterval(timer);
      pendingSave?.();
    };
  }, [enabled, save]);

  // Leaving with unsaved text: the browser asks first, and the text is kept locally.
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (edits.current !== savedEdits.current) event.preventDefault();
    };
    const keep = () => flushDraft.current();
    const keepIfHidden = () => document.visibilityState === "hidden" && keep();
    window.addEventListener("beforeunload", warn);
    window.addEventListener("pagehide", keep);
    document.addEventListener("visibilitychange", keepIfHidden);
    return () => {
      window.removeEventListener("beforeunload", warn);
      window.removeEventListener("pagehide", keep);
      document.removeEventListener("visibilitychange", keepIfHidden);
      // Leaving the editor for another page of the desk.
      keep();
    };
  }, []);

  const isDirty = useCallback(() => edits.current !== savedEdits.current, []);
  return { state, problem, revision, save, markChanged, continueFrom, isDirty };
}
