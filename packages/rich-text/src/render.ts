import { type RichTextDoc } from "@rightsdesk/domain";
import { renderToHTMLString } from "@tiptap/static-renderer/pm/html-string";
import { richTextExtensions } from "./extensions";
import { type MentionRefs, publicMention, RichTextMention } from "./mention";

/** What the page knows about the records a document refers to, looked up when it renders. */
export type RenderRefs = MentionRefs;

/** Server-side HTML of a stored document; built from the schema, never from stored HTML. */
export function renderRichText(doc: RichTextDoc, refs: RenderRefs = {}): string {
  const extensions = richTextExtensions.map((extension) => (extension === RichTextMention ? publicMention(refs) : extension));
  return renderToHTMLString({ content: doc, extensions });
}
