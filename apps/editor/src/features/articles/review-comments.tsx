"use client";

import { COMMENT_MAX_LENGTH, type Locale, type ReviewComment } from "@rightsdesk/domain";
import { type Editor } from "@tiptap/react";
import { type FormEvent, useCallback, useEffect, useState } from "react";
import { callApi } from "~/features/shared/api-client";
import { type Json } from "~/features/shared/endpoints";
import { type HighlightedComment, reviewHighlightsKey } from "~/features/articles/editor/review-highlights";
import { useIdleEditorState } from "~/features/articles/editor/use-idle-editor-state";
import { FormAlert } from "~/features/shared/ui/form-alert";

/** A comment as the JSON routes send it. */
type CommentJson = Json<ReviewComment>;
type Selection = { quote: string; anchorFrom: number; anchorTo: number };

const dateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short" });
const hasTextSelected = (editor: Editor | null) => !!editor && !editor.state.selection.empty;
const isShortcut = (event: KeyboardEvent) => (event.ctrlKey || event.metaKey) && event.altKey && event.code === "KeyM";

/**
 * Review comments on the body: select text and press Comment (or Ctrl+Alt+M) to write one; the list
 * shows each with its quote, author and state, and the commented text is marked in the editor.
 */
export function ReviewComments({ editor, articleId, locale }: { editor: Editor | null; articleId: string; locale: Locale }) {
  const [comments, setComments] = useState<CommentJson[] | null>(null);
  const [filter, setFilter] = useState<"unresolved" | "all">("unresolved");
  const [selection, setSelection] = useState<Selection | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const version = { id: articleId, locale };
  const hasSelection = useIdleEditorState(editor, hasTextSelected, 100);

  useEffect(() => {
    void callApi("listComments", { params: { id: articleId, locale } }).then((result) =>
      result.ok ? setComments(result.data) : setError(`Could not load the comments: ${result.error}`),
    );
  }, [articleId, locale]);

  // The editor marks the text of every unresolved comment.
  useEffect(() => {
    if (!editor || editor.isDestroyed || !comments) return;
    const marked: HighlightedComment[] = comments
      .filter((comment) => !comment.resolvedAt)
      .map((comment) => ({ id: comment.id, quote: comment.quote, from: comment.anchorFrom, to: comment.anchorTo }));
    editor.view.dispatch(editor.state.tr.setMeta(reviewHighlightsKey, marked));
  }, [editor, comments]);

  const startComment = useCallback(() => {
    if (!editor) return;
    const { from, to, empty } = editor.state.selection;
    if (empty) {
      setError("Select the text in the body that your comment is about.");
      return;
    }
    setError(null);
    // No separator between paragraphs: the highlight finds the quote again in the text read the same way.
    setSelection({ quote: editor.state.doc.textBetween(from, to, ""), anchorFrom: from, anchorTo: to });
  }, [editor]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!isShortcut(event)) return;
      event.preventDefault();
      startComment();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [startComment]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!selection) return;
    const body = new FormData(event.currentTarget).get("comment");
    setBusy(true);
    const result = await callApi("addComment", { params: version, body: { ...selection, body: typeof body === "string" ? body : "" } });
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setComments((list) => [...(list ?? []), result.data]);
    setSelection(null);
    setError(null);
  }

  async function setResolved(comment: CommentJson, resolved: boolean) {
    const result = await callApi("resolveComment", { params: { ...version, commentId: comment.id }, body: { resolved } });
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(null);
    setComments((list) => (list ?? []).map((item) => (item.id === comment.id ? result.data : item)));
  }

  /** Selects the commented text where it is now, which may have moved since the comment was written. */
  function showInText(comment: CommentJson) {
    if (!editor) return;
    const placed = reviewHighlightsKey.getState(editor.state)?.comments.find((item) => item.id === comment.id);
    if (placed) editor.chain().focus().setTextSelection({ from: placed.from, to: placed.to }).scrollIntoView().run();
  }

  const shown = (comments ?? []).filter((comment) => filter === "all" || !comment.resolvedAt);
  return (
    <section className="review-comments" aria-labelledby="comments-heading">
      <div className="toolbar-row">
        <h2 id="comments-heading" className="label">
          Review comments
        </h2>
        <span style={{ flex: 1 }} />
        <button
          type="button"
          onClick={startComment}
          disabled={!hasSelection}
          title="Comment on the selected text (Ctrl+Alt+M)"
          aria-keyshortcuts="Control+Alt+M"
        >
          Comment
        </button>
        <label htmlFor="comments-filter">Show</label>
        <select id="comments-filter" value={filter} onChange={(event) => setFilter(event.target.value === "all" ? "all" : "unresolved")}>
          <option value="unresolved">Unresolved</option>
          <option value="all">All</option>
        </select>
      </div>
      <FormAlert message={error} />
      {selection && (
        <form onSubmit={(event) => void submit(event)} aria-label="New comment">
          <blockquote>{selection.quote}</blockquote>
          <label htmlFor="comment-body">Comment</label>
          <textarea id="comment-body" name="comment" required maxLength={COMMENT_MAX_LENGTH} autoFocus />
          <div className="toolbar-row">
            <button type="submit" className="primary" disabled={busy}>
              Add comment
            </button>
            <button type="button" onClick={() => setSelection(null)}>
              Cancel
            </button>
          </div>
        </form>
      )}
      {comments === null ? (
        !error && <p className="save-state">Loading comments…</p>
      ) : shown.length === 0 ? (
        <p className="empty">
          {comments.length === 0
            ? "No comments yet. Select text in the body and press Comment."
            : "No unresolved comments."}
        </p>
      ) : (
        <ul aria-label="Comments" className="comment-list">
          {shown.map((comment) => (
            <li key={comment.id} aria-label={`Comment by ${comment.author.name}`}>
              <blockquote>{comment.quote}</blockquote>
              <p>{comment.body}</p>
              <p className="save-state">
                {comment.author.name}, {dateTime.format(new Date(comment.createdAt))}
                {comment.resolvedAt && ` · Resolved by ${comment.resolvedBy?.name ?? "a former user"}`}
              </p>
              <div className="toolbar-row">
                <button type="button" onClick={() => showInText(comment)}>
                  Show in text
                </button>
                {comment.canResolve && (
                  <button type="button" onClick={() => void setResolved(comment, !comment.resolvedAt)}>
                    {comment.resolvedAt ? "Reopen" : "Resolve"}
                  </button>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
