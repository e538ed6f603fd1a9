import { type RichTextDoc } from "@rightsdesk/domain";
import { parseRichText, renderRichText } from "@rightsdesk/rich-text";

/**
 * The only HTML the site injects. The body is checked again against the editor's schema and URL
 * rules, because only the editor's API checks it on save (not the data layer, not the seed), and the
 * renderer escapes text and blanks bad links but passes image addresses through as stored.
 * A body that fails throws, so the page errors instead of showing it.
 */
export function articleHtml(body: RichTextDoc): string {
  return renderRichText(parseRichText(body));
}
