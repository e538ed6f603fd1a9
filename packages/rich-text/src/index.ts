export { hasAllowedProtocol, richTextExtensions } from "./extensions";
export { parseRichText } from "./parse";
export { renderRichText } from "./render";
export { renderArticle, type ArticleHeading, type ArticleSource, type RenderedArticle } from "./render-article";
export { type StatementAttrs, ZStatementAttrs } from "./statement";
