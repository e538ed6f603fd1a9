export { hasAllowedProtocol, richTextExtensions } from "./extensions";
export { parseRichText } from "./parse";
export { renderRichText } from "./render";
