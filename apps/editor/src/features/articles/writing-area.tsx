"use client";

import { type Locale } from "@rightsdesk/domain";
import { type Editor, EditorContent } from "@tiptap/react";
import { memo } from "react";
import { ReviewComments } from "./review-comments";
import { RichTextToolbar } from "./rich-text-toolbar";
import { SlashMenu } from "./slash-menu";
import { WordCount } from "./word-count";

type Props = {
  editor: Editor | null;
  canEdit: boolean;
  articleId: string;
  locale: Locale;
  /** The version exists on the server, so it can be commented on. */
  saved: boolean;
  onInvalidUrl: (message: string) => void;
};

/**
 * The body and what works on it: toolbar, slash menu, word count and review comments. Memoised: the version
 * editor around it re-renders on every change of its save state (each autosave while the writer types, twice),
 * and redrawing all of this then took the time of a keystroke; each part follows the editor by itself.
 */
export const WritingArea = memo(function WritingArea({ editor, canEdit, articleId, locale, saved, onInvalidUrl }: Props) {
  return (
    <>
      {editor && canEdit && <RichTextToolbar editor={editor} onInvalidUrl={onInvalidUrl} />}
      <EditorContent editor={editor} aria-labelledby="body-label" />
      {editor && canEdit && <SlashMenu editor={editor} />}
      {editor && <WordCount editor={editor} />}
      {saved && <ReviewComments editor={editor} articleId={articleId} locale={locale} />}
    </>
  );
});
