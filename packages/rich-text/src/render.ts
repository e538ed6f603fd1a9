import { type ResolvedMedia, type RichTextDoc } from "@rightsdesk/domain";
import { renderToHTMLString } from "@tiptap/static-renderer/pm/html-string";
import { richTextExtensions } from "./extensions";
import { type MediaLabels, mediaNodeMapping } from "./media-nodes";
import { type MentionRefs, publicMention, RichTextMention } from "./mention";

/** What the page knows about the records and media a document refers to, looked up for the reader's language. */
export type RenderRefs = MentionRefs & { media?: ReadonlyMap<string, ResolvedMedia>; mediaLabels?: MediaLabels };

type NodeMapping = NonNullable<NonNullable<Parameters<typeof renderToHTMLString>[0]["options"]>["nodeMapping"]>;

/** The one place a stored document becomes HTML: mentions and media from the refs, plus any node renderers of the caller. */
export function renderDocument(doc: RichTextDoc, refs: RenderRefs, nodeMapping: NodeMapping = {}): string {
  const extensions = richTextExtensions.map((extension) => (extension === RichTextMention ? publicMention(refs) : extension));
  return renderToHTMLString({
    content: doc,
    extensions,
    options: { nodeMapping: { ...mediaNodeMapping(refs.media, refs.mediaLabels), ...nodeMapping } },
  });
}

/** Server-side HTML of a stored document; built from the schema, never from stored HTML. */
export function renderRichText(doc: RichTextDoc, refs: RenderRefs = {}): string {
  return renderDocument(doc, refs);
}
