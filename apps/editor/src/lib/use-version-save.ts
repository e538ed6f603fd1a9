"use client";

import { type ArticleVersion, type Locale, type SaveVersionInput } from "@rightsdesk/domain";
import { useCallback, useEffect, useRef, useState } from "react";
import { callApi } from "./api-client";
import { type NodeProblem, nodeProblemOf } from "./editor/node-problem";
import { clearLocalDraft, writeLocalDraft } from "./local-draft";
import { afterFailure, AUTOSAVE_INTERVAL_MS, type SaveState, shouldAutosave } from "./save-state";

type Content = Omit<SaveVersionInput, "baseRevision">;

/**
 * Saves one language version: on demand and every few seconds while there are changes, retrying
 * when the connection fails, and keeping every change in the browser until the server has it.
 */
export function useVersionSave(options: {
  articleId: string;
  locale: Locale;
  initialRevision: number;
  read: () => Content;
  enabled: boolean;
}) {
  const { articleId, locale, read, enabled } = options;
  const [state, setState] = useState<SaveState>({ kind: "saved" });
  // The node of the body the last refused save named, which the writer may remove.
  const [problem, setProblem] = useState<NodeProblem | null>(null);
  const [revision, setRevision] = useState(options.initialRevision);
  // Counts edits, so that a save that finishes while the writer kept typing does not mark them saved.
  const edits = useRef(0);
  const savedEdits = useRef(0);
  const saving = useRef(false);
  const stateRef = useRef(state);
  stateRef.current = state;
  const revisionRef = useRef(revision);
  revisionRef.current = revision;

  const markChanged = useCallback(() => {
    edits.current += 1;
    writeLocalDraft(articleId, locale, { ...read(), baseRevision: revisionRef.current, savedAt: Date.now() });
    setState((previous) => (previous.kind === "saved" || previous.kind === "stopped" ? { kind: "unsaved" } : previous));
  }, [articleId, locale, read]);

  const save = useCallback(async (): Promise<boolean> => {
    if (saving.current || !enabled) return false;
    saving.current = true;
    const editsAtStart = edits.current;
    const previous = stateRef.current;
    setState({ kind: "saving" });
    const content = read();
    const result = await callApi<ArticleVersion>("PUT", `/api/articles/${articleId}/versions/${locale}`, {
      ...content,
      baseRevision: revisionRef.current,
    });
    saving.current = false;
    if (!result.ok) {
      const refused = nodeProblemOf(result.fields, content.body);
      setProblem(refused);
      setState(afterFailure(result.status, refused?.message ?? result.error, previous, Date.now()));
      return false;
    }
    setProblem(null);
    setRevision(result.data.revision);
    revisionRef.current = result.data.revision;
    savedEdits.current = editsAtStart;
    if (edits.current === editsAtStart) {
      clearLocalDraft(articleId, locale);
      setState({ kind: "saved" });
    } else {
      writeLocalDraft(articleId, locale, { ...read(), baseRevision: result.data.revision, savedAt: Date.now() });
      setState({ kind: "unsaved" });
    }
    return true;
  }, [articleId, locale, read, enabled]);

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
        clearLocalDraft(articleId, locale);
        setState({ kind: "saved" });
      } else {
        writeLocalDraft(articleId, locale, { ...read(), baseRevision: latest, savedAt: Date.now() });
        setState({ kind: "stopped", message: "review the merged text, then press Save" });
      }
    },
    [articleId, locale, read],
  );

  useEffect(() => {
    if (!enabled) return;
    const timer = window.setInterval(() => {
      const dirty = edits.current !== savedEdits.current;
      if (shouldAutosave(stateRef.current, dirty, Date.now())) void save();
    }, AUTOSAVE_INTERVAL_MS);
    return () => window.clearInterval(timer);
  }, [enabled, save]);

  // Leaving with unsaved text: the browser asks first (the text is also kept locally).
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (edits.current !== savedEdits.current) event.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, []);

  return { state, problem, revision, save, markChanged, continueFrom, isDirty: () => edits.current !== savedEdits.current };
}
