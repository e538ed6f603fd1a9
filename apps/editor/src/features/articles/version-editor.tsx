"use client";

import { type Locale, type MergeableVersion, type MergeResult, type RichTextDoc, SUMMARY_MAX_LENGTH, TITLE_MAX_LENGTH } from "@rightsdesk/domain";
import { docJson } from "~/features/articles/editor/doc-json";
import { editorExtensions } from "~/features/articles/editor/extensions";
import { savableBody, withoutPlaceholders } from "~/features/articles/editor/image-not-imported";
import { problemRange } from "~/features/articles/editor/node-problem";
import { type Editor, useEditor } from "@tiptap/react";
import { type ReactNode, useCallback, useEffect, useId, useRef, useState } from "react";
import { clearLocalDraft, type DraftSlot, type LocalDraft, readLocalDraft, writeLocalDraft } from "~/features/articles/local-draft";
import { withJsonMembers } from "~/features/articles/json-text";
import { describeMerge } from "~/features/articles/merge-notice";
import { describe } from "~/features/articles/save-state";
import { useVersionSave } from "~/features/articles/use-version-save";
import { ConflictPanel, type RevisionJson } from "./conflict-panel";
import { PresenceIndicator } from "./presence-indicator";
import { WorkflowBar, type WorkflowBarProps } from "./workflow-bar";
import { WritingArea } from "./writing-area";

export type VersionEditorProps = {
  articleId: string;
  locale: Locale;
  initial: { title: string; summary: string; body: RichTextDoc; revision: number };
  canEdit: boolean;
  workflow: Pick<WorkflowBarProps, "role" | "isAuthor" | "initial" | "reviewers" | "publicUrl">;
  /** Told the body's editor once it exists, for views that work beside it (the source of a translation). */
  onEditor?: (editor: Editor) => void;
  /** Shown before the text, beside it on wide screens: a translation's source. */
  beside?: ReactNode;
  /** The article's panels under the publishing controls in the sidebar (address, tags, people…). */
  sidebar?: ReactNode;
};

export function VersionEditor({ articleId, locale, initial, canEdit, workflow, onEditor, beside, sidebar }: VersionEditorProps) {
  const publishHeadingId = useId();
  const [text, setText] = useState({ title: initial.title, summary: initial.summary });
  const [notice, setNotice] = useState<string | null>(null);
  const [pendingRestore, setPendingRestore] = useState<{ draft: LocalDraft; slot: DraftSlot } | null>(null);
  const fields = useRef(text);
  fields.current = text;
  const saveStateId = useId();

  const editor = useEditor({
    extensions: editorExtensions,
    content: initial.body,
    editable: canEdit,
    immediatelyRender: false,
    editorProps: {
      attributes: { "aria-label": "Body", role: "textbox", "aria-multiline": "true", ...(canEdit ? {} : { "aria-readonly": "true" }) },
    },
    // Only a change the writer made counts. A plugin that normalises the document after some other
    // transaction (the trailing paragraph after a final block, on a highlight refresh) is not an edit,
    // and must not autosave a revision or ask before leaving.
    onUpdate: ({ transaction }) => {
      if (transaction.docChanged) markChangedRef.current();
    },
  });

  useEffect(() => {
    if (editor) onEditor?.(editor);
  }, [editor, onEditor]);

  const read = useCallback(
    () => ({ ...fields.current, body: editor ? savableBody(editor) : initial.body }),
    [editor, initial.body],
  );
  // What saves and the browser's copy send, without serialising the whole body again on each keystroke.
  const readJson = useCallback(
    () => withJsonMembers(JSON.stringify(fields.current), { body: editor ? docJson(withoutPlaceholders(editor.state.doc)) : JSON.stringify(initial.body) }),
    [editor, initial.body],
  );
  const { state, problem, revision, save, markChanged, continueFrom, isDirty } = useVersionSave({
    articleId,
    locale,
    initialRevision: initial.revision,
    readJson,
    enabled: canEdit,
  });
  const ensureSaved = useCallback(async () => !isDirty() || save(), [isDirty, save]);
  const markChangedRef = useRef(markChanged);
  markChangedRef.current = markChanged;

  const load = useCallback(
    (content: MergeableVersion) => {
      fields.current = { title: content.title, summary: content.summary };
      setText(fields.current);
      editor?.commands.setContent(content.body, { emitUpdate: false });
    },
    [editor],
  );
  const applyDraft = useCallback(
    (draft: MergeableVersion) => {
      load(draft);
      markChanged();
    },
    [load, markChanged],
  );

  // The three ways out of a conflict; each keeps both texts (in history or in this browser).
  function keepMine(latest: number) {
    continueFrom(latest, "review");
    void save();
  }
  function takeTheirs(theirs: RevisionJson) {
    const mine = { ...read(), baseRevision: revision, savedAt: Date.now() };
    writeLocalDraft(articleId, locale, mine, "set-aside");
    load(theirs);
    continueFrom(theirs.number, "saved");
    setPendingRestore({ draft: mine, slot: "set-aside" });
    setNotice(`Showing revision ${theirs.number} by ${theirs.author.name}. Your own text is kept in this browser until you discard it.`);
  }
  function takeMerged(merged: MergeResult, latest: number) {
    applyDraft(merged);
    continueFrom(latest, "review");
    setNotice(describeMerge(merged, latest));
  }

  /** Deletes the node a refused save named; the edit is then autosaved. If the text changed there meanwhile, saving again names the node anew. */
  function removeProblem() {
    const range = editor && problem ? problemRange(editor.state.doc, problem) : null;
    if (editor && range) editor.chain().focus().deleteRange(range).run();
    else void save();
  }

  function changeField(field: "title" | "summary", value: string) {
    fields.current = { ...fields.current, [field]: value };
    setText(fields.current);
    markChanged();
  }

  // Text typed here earlier but never saved (a closed tab, a lost connection) comes back.
  useEffect(() => {
    if (!editor || !canEdit) return;
    const setAside = readLocalDraft(articleId, locale, "set-aside");
    if (setAside) setPendingRestore({ draft: setAside, slot: "set-aside" });
    const draft = readLocalDraft(articleId, locale);
    if (!draft) return;
    const same = draft.title === initial.title && draft.summary === initial.summary && JSON.stringify(draft.body) === JSON.stringify(editor.getJSON());
    if (same) {
      clearLocalDraft(articleId, locale);
    } else if (draft.baseRevision === initial.revision) {
      applyDraft(draft);
      setNotice("Restored the changes you had not saved yet in this browser.");
    } else {
      setPendingRestore({ draft, slot: "unsaved" });
    }
    // Runs once per editor instance: the draft is read when the page opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [editor]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "s") {
        event.preventDefault();
        void save();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [save]);

  // Ticks once a second while a retry is pending, so that its countdown is true. Only that countdown reads the
  // clock: setting it on every change of state rendered the whole editor a second time for each change, three
  // times per autosave while the writer types.
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (state.kind !== "retrying") return;
    setNow(Date.now());
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [state]);

  const stateClass = state.kind === "saved" ? "saved" : state.kind === "retrying" || state.kind === "stopped" ? "failed" : "";

  // Laid out as a newsroom knows it from WordPress: the text, and beside it the publishing controls together.
  return (
    <section aria-label="Version editor" className={beside ? "editor-layout with-source" : "editor-layout"}>
      {beside}
      <div className="card editor-text">
        {pendingRestore && (
          <div className="alert info" role="alert">
            This browser holds text you did not save, written before someone saved a newer revision.{" "}
            <button type="button" onClick={() => { clearLocalDraft(articleId, locale, pendingRestore.slot); applyDraft(pendingRestore.draft); setPendingRestore(null); }}>
              Restore my unsaved text
            </button>{" "}
            <button type="button" onClick={() => { clearLocalDraft(articleId, locale, pendingRestore.slot); setPendingRestore(null); }}>
              Discard it
            </button>
          </div>
        )}
        {!canEdit && <p className="alert info">You can read this version but not change it.</p>}
        <PresenceIndicator articleId={articleId} locale={locale} enabled={canEdit} />
        {state.kind === "conflict" && (
          <ConflictPanel
            articleId={articleId}
            locale={locale}
            baseRevision={revision}
            mine={read}
            start={initial}
            onKeepMine={keepMine}
            onTakeTheirs={takeTheirs}
            onMerge={takeMerged}
          />
        )}
        {notice && (
          <p className="alert info" role="alert">
            {notice}
          </p>
        )}
        <label htmlFor="version-title">Title</label>
        <input
          id="version-title"
          type="text"
          value={text.title}
          readOnly={!canEdit}
          maxLength={TITLE_MAX_LENGTH + 50}
          onChange={(event) => changeField("title", event.target.value)}
        />
        <label htmlFor="version-summary">Summary</label>
        <textarea
          id="version-summary"
          value={text.summary}
          readOnly={!canEdit}
          maxLength={SUMMARY_MAX_LENGTH + 50}
          onChange={(event) => changeField("summary", event.target.value)}
        />
        <p id="body-label" className="label">
          Body
        </p>
        <WritingArea
          editor={editor}
          canEdit={canEdit}
          articleId={articleId}
          locale={locale}
          saved={revision > 0}
          onInvalidUrl={setNotice}
        />
      </div>
      <div className="editor-sidebar">
        <section className="card publish-box" aria-labelledby={publishHeadingId}>
          <h2 id={publishHeadingId} className="label">
            Publish
          </h2>
          <div className="toolbar-row">
            {canEdit && (
              <button type="button" className="primary" onClick={() => void save()} disabled={state.kind === "saving"}>
                Save
              </button>
            )}
            <span id={saveStateId} className={`save-state ${stateClass}`} role="status" aria-live="polite">
              {canEdit ? describe(state, now) : null} {canEdit && <small>(revision {revision})</small>}
            </span>
            {canEdit && problem && state.kind === "stopped" && (
              <button type="button" onClick={removeProblem} aria-describedby={saveStateId}>
                Remove it
              </button>
            )}
          </div>
          {/* A translation enters the workflow once its first save has created it. */}
          <WorkflowBar
            {...workflow}
            articleId={articleId}
            locale={locale}
            canEdit={canEdit}
            revision={revision}
            ensureSaved={ensureSaved}
          />
        </section>
        {sidebar}
      </div>
    </section>
  );
}
