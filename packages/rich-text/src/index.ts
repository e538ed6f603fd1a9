export { hasAllowedProtocol, richTextExtensions } from "./extensions";
export { mediaAssetIds, type MediaLabels } from "./media-nodes";
export { parseRichText } from "./parse";
export { renderRichText, type RenderRefs } from "./render";
