import { type RichTextDoc } from "@rightsdesk/domain";
import { renderToHTMLString } from "@tiptap/static-renderer/pm/html-string";
import { richTextExtensions } from "./extensions";

/** Server-side HTML of a stored document; built from the schema, never from stored HTML. */
export function renderRichText(doc: RichTextDoc): string {
  return renderToHTMLString({ content: doc, extensions: richTextExtensions });
}
