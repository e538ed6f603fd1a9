import { type Extensions, mergeAttributes } from "@tiptap/core";
import Image from "@tiptap/extension-image";
import StarterKit from "@tiptap/starter-kit";
import { mediaExtensions } from "./media-nodes";
import { RichTextMention } from "./mention";
import { Statement } from "./statement";
import { hasAllowedProtocol, IMAGE_PROTOCOLS, LINK_PROTOCOLS } from "./urls";

export { hasAllowedProtocol, IMAGE_PROTOCOLS, LINK_PROTOCOLS } from "./urls";

/**
 * The one document schema: the editor edits with it, the server validates with it and the
 * public site renders with it, so what can be written is exactly what can be shown.
 */
export const richTextExtensions: Extensions = [
  StarterKit.configure({
    heading: { levels: [2, 3, 4] },
    link: {
      openOnClick: false,
      autolink: true,
      defaultProtocol: "https",
      protocols: ["mailto"],
      isAllowedUri: (url) => hasAllowedProtocol(url, LINK_PROTOCOLS),
      HTMLAttributes: { rel: "noopener noreferrer nofollow", target: null },
    },
  }),
  // Rendering checks the address again, so that no stored document can put a script URL in an <img>.
  Image.extend({
    renderHTML({ HTMLAttributes }) {
      const src = String(HTMLAttributes.src ?? "");
      return ["img", mergeAttributes(this.options.HTMLAttributes, HTMLAttributes, { src: hasAllowedProtocol(src, IMAGE_PROTOCOLS) ? src : null })];
    },
  }).configure({ inline: false, allowBase64: false }),
  RichTextMention,
  ...mediaExtensions,
  Statement,
];
