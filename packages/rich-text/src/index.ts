export { hasAllowedProtocol, richTextExtensions } from "./extensions";
export { GALLERY_MAX_ITEMS, MEDIA_NODE_NAMES, mediaAssetIds, type MediaNodeOptions } from "./media-nodes";
export { parseRichText } from "./parse";
export { renderRichText, type RenderRefs } from "./render";
