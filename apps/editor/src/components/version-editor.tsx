"use client";

import { type Locale, type RichTextDoc, SUMMARY_MAX_LENGTH, TITLE_MAX_LENGTH, type VersionStatus } from "@rightsdesk/domain";
import { editorExtensions } from "~/lib/editor/extensions";
import { EditorContent, useEditor } from "@tiptap/react";
import { useCallback, useEffect, useRef, useState } from "react";
import { callApi } from "~/lib/api-client";
import { clearLocalDraft, type LocalDraft, readLocalDraft } from "~/lib/local-draft";
import { describe } from "~/lib/save-state";
import { useVersionSave } from "~/lib/use-version-save";
import { RichTextToolbar } from "./rich-text-toolbar";
import { SlashMenu } from "./slash-menu";
import { type OrganisationOption } from "./statement-dialog";
import { WordCount } from "./word-count";

export type VersionEditorProps = {
  articleId: string;
  locale: Locale;
  initial: { title: string; summary: string; body: RichTextDoc; revision: number; status: VersionStatus };
  canEdit: boolean;
  canPublish: boolean;
  publicUrl: string;
  /** The registry's organisations, offered when quoting a statement. */
  organisations: readonly OrganisationOption[];
};

export function VersionEditor({ articleId, locale, initial, canEdit, canPublish, publicUrl, organisations }: VersionEditorProps) {
  const [text, setText] = useState({ title: initial.title, summary: initial.summary });
  const [status, setStatus] = useState(initial.status);
  const [notice, setNotice] = useState<string | null>(null);
  const [pendingRestore, setPendingRestore] = useState<LocalDraft | null>(null);
  const [publishing, setPublishing] = useState(false);
  const fields = useRef(text);
  fields.current = text;

  const editor = useEditor({
    extensions: editorExtensions,
    content: initial.body,
    editable: canEdit,
    immediatelyRender: false,
    editorProps: { attributes: { "aria-label": "Body", role: "textbox", "aria-multiline": "true" } },
    onUpdate: () => markChangedRef.current(),
  });

  const read = useCallback(
    () => ({ ...fields.current, body: (editor?.getJSON() ?? initial.body) as RichTextDoc }),
    [editor, initial.body],
  );
  const { state, revision, save, markChanged, isDirty } = useVersionSave({
    articleId,
    locale,
    initialRevision: initial.revision,
    read,
    enabled: canEdit,
  });
  const markChangedRef = useRef(markChanged);
  markChangedRef.current = markChanged;

  const applyDraft = useCallback(
    (draft: LocalDraft) => {
      fields.current = { title: draft.title, summary: draft.summary };
      setText(fields.current);
      editor?.commands.setContent(draft.body, { emitUpdate: false });
      markChanged();
    },
    [editor, markChanged],
  );

  function changeField(field: "title" | "summary", value: string) {
    fields.current = { ...fields.current, [field]: value };
    setText(fields.current);
    markChanged();
  }

  // Text typed here earlier but never saved (a closed tab, a lost connection) comes back.
  useEffect(() => {
    if (!editor || !canEdit) return;
    const draft = readLocalDraft(articleId, locale);
    if (!draft) return;
    const same = draft.title === initial.title && draft.summary === initial.summary && JSON.stringify(draft.body) === JSON.stringify(editor.getJSON());
    if (same) {
      clearLocalDraft(articleId, locale);
    } else if (draft.baseRevision === initial.revision) {
      applyDraft(draft);
      setNotice("Restored the changes you had not saved yet in this browser.");
    } else {
      setPendingRestore(draft);
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

  // Ticks once a second while a retry is pending, so that its countdown is true.
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    setNow(Date.now());
    if (state.kind !== "retrying") return;
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [state]);

  async function togglePublished() {
    setPublishing(true);
    setNotice(null);
    if (isDirty() && !(await save())) {
      setPublishing(false);
      setNotice("Save your changes before publishing.");
      return;
    }
    const published = status !== "published";
    const result = await callApi<{ status: VersionStatus }>("PUT", `/api/articles/${articleId}/versions/${locale}/publication`, { published });
    setPublishing(false);
    if (result.ok) {
      setStatus(result.data.status);
      setNotice(published ? "Published: readers can see this version now." : "Unpublished: readers no longer see this version.");
    } else {
      setNotice(result.error);
    }
  }

  const stateClass = state.kind === "saved" ? "saved" : state.kind === "retrying" || state.kind === "stopped" ? "failed" : "";

  return (
    <section aria-label="Version editor">
      {pendingRestore && (
        <div className="alert info" role="alert">
          This browser holds text you did not save, written before someone saved a newer revision.{" "}
          <button type="button" onClick={() => { applyDraft(pendingRestore); setPendingRestore(null); }}>
            Restore my unsaved text
          </button>{" "}
          <button type="button" onClick={() => { clearLocalDraft(articleId, locale); setPendingRestore(null); }}>
            Discard it
          </button>
        </div>
      )}
      {!canEdit && <p className="alert info">You can read this version but not change it.</p>}
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
      {editor && canEdit && <RichTextToolbar editor={editor} onInvalidUrl={setNotice} organisations={organisations} />}
      <EditorContent editor={editor} aria-labelledby="body-label" />
      {editor && canEdit && <SlashMenu editor={editor} />}
      {editor && <WordCount editor={editor} />}
      <div className="toolbar-row">
        {canEdit && (
          <button type="button" className="primary" onClick={() => void save()} disabled={state.kind === "saving"}>
            Save
          </button>
        )}
        <span className={`save-state ${stateClass}`} role="status" aria-live="polite">
          {canEdit ? describe(state, now) : null} {canEdit && <small>(revision {revision})</small>}
        </span>
        <span style={{ flex: 1 }} />
        <span className={`badge ${status}`}>{status === "published" ? "Published" : "Draft"}</span>
        {/* A translation can be published once its first save has created it. */}
        {canPublish && revision > 0 && (
          <button type="button" onClick={() => void togglePublished()} disabled={publishing}>
            {status === "published" ? "Unpublish" : "Publish"}
          </button>
        )}
        {status === "published" && <a href={publicUrl}>View on site</a>}
      </div>
      {notice && (
        <p className="alert info" role="alert">
          {notice}
        </p>
      )}
    </section>
  );
}
