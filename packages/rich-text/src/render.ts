import { type ResolvedMedia, type RichTextDoc } from "@rightsdesk/domain";
import { renderToHTMLString } from "@tiptap/static-renderer/pm/html-string";
import { richTextExtensions } from "./extensions";
import { type MediaLabels, mediaNodeMapping } from "./media-nodes";

/** What a document refers to by id, resolved by the caller for the reader's language. */
export type RenderRefs = { media?: ReadonlyMap<string, ResolvedMedia>; mediaLabels?: MediaLabels };

/** Server-side HTML of a stored document; built from the schema, never from stored HTML. */
export function renderRichText(doc: RichTextDoc, refs: RenderRefs = {}): string {
  return renderToHTMLString({ content: doc, extensions: richTextExtensions, options: { nodeMapping: { ...mediaNodeMapping(refs.media, refs.mediaLabels) } } });
}
