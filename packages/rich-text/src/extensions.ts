import { type Extensions, mergeAttributes } from "@tiptap/core";
import Image from "@tiptap/extension-image";
import Link from "@tiptap/extension-link";
import StarterKit from "@tiptap/starter-kit";
import { mediaExtensions } from "./media-nodes";
import { RichTextMention } from "./mention";
import { Statement } from "./statement";
import { hasAllowedProtocol, IMAGE_PROTOCOLS, LINK_PROTOCOLS } from "./urls";

export { hasAllowedProtocol, IMAGE_PROTOCOLS, LINK_PROTOCOLS } from "./urls";

/** The rel of every link: ours, whatever a stored document says (parse.ts refuses any other on save). */
export const LINK_REL = "noopener noreferrer nofollow";
export const HEADING_LEVELS = [2, 3, 4] as const;

/**
 * A link keeps its address and title; rel is always ours, and no target or class is taken from pasted
 * HTML or rendered from a stored document.
 */
const SafeLink = Link.extend({
  addAttributes() {
    return {
      ...this.parent?.(),
      rel: { default: LINK_REL, parseHTML: () => LINK_REL, renderHTML: () => ({ rel: LINK_REL }) },
      target: { default: null, parseHTML: () => null, renderHTML: () => ({}) },
      class: { default: null, parseHTML: () => null, renderHTML: () => ({}) },
    };
  },
});

/**
 * The one document schema: the editor edits with it, the server validates with it and the
 * public site renders with it, so what can be written is exactly what can be shown.
 */
export const richTextExtensions: Extensions = [
  StarterKit.configure({ heading: { levels: [...HEADING_LEVELS] }, link: false }),
  SafeLink.configure({
    openOnClick: false,
    autolink: true,
    defaultProtocol: "https",
    protocols: ["mailto"],
    isAllowedUri: (url) => hasAllowedProtocol(url, LINK_PROTOCOLS),
    HTMLAttributes: { rel: LINK_REL, target: null },
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
