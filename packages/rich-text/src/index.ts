export { hasAllowedProtocol, richTextExtensions } from "./extensions";
export { mediaAssetIds, type MediaLabels } from "./media-nodes";
export { type MentionAttrs, type MentionRef, RichTextMention } from "./mention";
export { parseRichText } from "./parse";
export { type RenderRefs, renderRichText } from "./render";
export { renderArticle, type ArticleHeading, type ArticleSource, type RenderedArticle } from "./render-article";
export { type StatementAttrs, ZStatementAttrs } from "./statement";
