"use client";

import { alignWithSource, canonicalJson, LOCALE_NAMES, missingBlockInserts, type RichTextDoc, SOURCE_LOCALE, type SourceAlignment, sourceEditsSince } from "@rightsdesk/domain";
import { type Editor, EditorContent, useEditor } from "@tiptap/react";
import { useCallback, useEffect, useId, useMemo, useRef, useState } from "react";
import { editorExtensions } from "~/features/articles/editor/extensions";
import { afterDelayWhenIdle } from "~/features/shared/idle-task";
import { layOutSideBySide } from "~/features/translation/side-by-side";
import { VersionEditor, type VersionEditorProps } from "~/features/articles/version-editor";

type Props = {
  /** The source version as it is now. */
  source: { title: string; summary: string; body: RichTextDoc; revision: number };
  /** The source revision the translation was made from, and its body; null when that is not recorded. */
  base: { revision: number; body: RichTextDoc } | null;
  editor: Omit<VersionEditorProps, "onEditor">;
};

/** Typing settles for this long before the columns are lined up again. */
const RELAYOUT_DELAY_MS = 120;

/**
 * `value` as it was when `revision` last changed. A revision's text never changes, but a refreshed page (the
 * first save of a new translation makes one, while the translator types) sends it again as new objects: kept,
 * the source is not redrawn and its edits not worked out again for twenty thousand words that did not change.
 */
function useKeptPerRevision<T>(value: T, revision: number | null): T {
  const [kept, setKept] = useState({ revision, value });
  if (kept.revision === revision) return kept.value;
  setKept({ revision, value });
  return value;
}

/** The kinds of the translation's top-level blocks, in order: all an alignment reads of it (see alignWithSource). */
function blockKindsOf(editor: Editor): string[] {
  const kinds: string[] = [];
  editor.state.doc.forEach((node) => kinds.push(node.type.name));
  return kinds;
}

const sameAlignment = (a: SourceAlignment | null, b: SourceAlignment) => a !== null && canonicalJson(a) === canonicalJson(b);

/**
 * A translation beside its source: the source read-only on the left, with what changed since the
 * translation's base highlighted; the translation's editor on the right; each source block level
 * with the block that translates it.
 */
export function TranslationWorkspace({ source, base, editor: editorProps }: Props) {
  const headingId = useId();
  const [translation, setTranslation] = useState<Editor | null>(null);
  const [alignment, setAlignment] = useState<SourceAlignment | null>(null);
  const sourceBody = useKeptPerRevision(source.body, source.revision);
  const baseBody = useKeptPerRevision(base?.body ?? null, base?.revision ?? null);
  const sourceEditor = useEditor({
    extensions: editorExtensions,
    content: sourceBody,
    editable: false,
    immediatelyRender: false,
    // Focusable, so that keyboard users can reach and scroll the source too.
    editorProps: { attributes: { "aria-label": `${LOCALE_NAMES[SOURCE_LOCALE]} source text`, role: "document", lang: SOURCE_LOCALE, tabindex: "0" } },
  });
  const onEditor = useCallback((editor: Editor) => setTranslation(editor), []);
  // How the source moved since the base does not change while the translator types.
  const edits = useMemo(() => sourceEditsSince(sourceBody, baseBody), [sourceBody, baseBody]);

  // A refreshed page may bring a newer source: the read-only side shows what the alignment uses. The body the
  // editor was made with is not set again: that redrew all of the source once more as the page opened.
  const shownBody = useRef(sourceBody);
  useEffect(() => {
    if (!sourceEditor || sourceEditor.isDestroyed || shownBody.current === sourceBody) return;
    shownBody.current = sourceBody;
    sourceEditor.commands.setContent(sourceBody, { emitUpdate: false });
  }, [sourceEditor, sourceBody]);

  useEffect(() => {
    if (!translation || !sourceEditor) return;
    let cancel = () => {};
    let kinds = blockKindsOf(translation);
    const relayout = () => {
      const next = alignWithSource(edits, kinds);
      // Unchanged, it would only render the whole version editor again.
      setAlignment((shown) => (sameAlignment(shown, next) ? shown : next));
      layOutSideBySide(sourceEditor, translation, next);
    };
    // Measuring both columns takes a long text 15–25 ms: run when the browser is idle after the pause (just after a
    // key's frame while the translator types), not at any moment, where it held up the next key's paint.
    const later = () => {
      cancel();
      cancel = afterDelayWhenIdle(relayout, RELAYOUT_DELAY_MS);
    };
    // Typing inside a block leaves the pairs as they were, and a line it adds or removes changes the editor's height,
    // which the observer below reports: only a block added, removed or turned into another kind lines up again here.
    // (Lining up measures every block of both columns: after each key of a typist slower than the delay, it was.)
    const edited = () => {
      const now = blockKindsOf(translation);
      if (now.length === kinds.length && now.every((kind, i) => kind === kinds[i])) return;
      kinds = now;
      later();
    };
    relayout();
    translation.on("update", edited);
    // Images loading, a wider window, alignment space itself: any change of height moves the blocks.
    const resized = new ResizeObserver(later);
    resized.observe(sourceEditor.view.dom);
    resized.observe(translation.view.dom);
    return () => {
      cancel();
      translation.off("update", edited);
      resized.disconnect();
    };
  }, [translation, sourceEditor, edits]);

  const missing = alignment?.missing.length ?? 0;
  const changed = alignment?.changed.length ?? 0;

  function addMissingBlocks() {
    if (!translation) return;
    // Aligned afresh: the shown alignment may be a moment older than the last keystroke.
    const current = alignWithSource(edits, blockKindsOf(translation));
    const ends: number[] = [];
    translation.state.doc.forEach((node, offset, index) => {
      ends[index] = offset + node.nodeSize;
    });
    // From the end backwards, so that each position is still where it was measured.
    const chain = translation.chain();
    for (const insert of missingBlockInserts(sourceBody, current).reverse()) {
      chain.insertContentAt(insert.after < 0 ? 0 : ends[insert.after]!, insert.blocks);
    }
    chain.run();
  }

  const sourcePane = (
    <section className="card source-pane" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {LOCALE_NAMES[SOURCE_LOCALE]} source <small>(revision {source.revision})</small>
      </h2>
      {changed > 0 && (
        <p className="source-legend">
          <span className="source-changed-swatch" aria-hidden="true" /> {changed === 1 ? "1 block" : `${changed} blocks`} changed since this
          translation was made.
        </p>
      )}
      {missing > 0 && editorProps.canEdit && (
        <p className="source-legend">
          {missing === 1 ? "1 source block is" : `${missing} source blocks are`} not in the translation.{" "}
          <button type="button" onClick={addMissingBlocks}>
            Copy missing blocks into the translation
          </button>
        </p>
      )}
      {/* Shown only while the columns stand side by side (the stylesheet hides it when stacked), as the bands are. */}
      <p className="source-legend align-legend">
        <span className="align-space-swatch" aria-hidden="true" /> Hatched bands in either column are space left empty on purpose, to keep each
        block level with the block beside it.
      </p>
      <p className="label">Source title</p>
      <p className="source-field" lang={SOURCE_LOCALE}>
        {source.title}
      </p>
      <p className="label">Source summary</p>
      <p className="source-field" lang={SOURCE_LOCALE}>
        {source.summary || <span className="source-empty">No summary</span>}
      </p>
      <p className="label">Source body</p>
      <EditorContent editor={sourceEditor} />
    </section>
  );
  return <VersionEditor {...editorProps} onEditor={onEditor} beside={sourcePane} />;
}
