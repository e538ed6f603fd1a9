import { richTextExtensions } from "@rightsdesk/rich-text/extensions";
import { withMediaPreviews } from "@rightsdesk/rich-text/media-nodes";
import { type Extensions } from "@tiptap/core";
import { mediaPreviewUrl } from "~/features/media/media";
import { BlockLayoutExtension } from "./block-layout";
import { OffscreenBlocks } from "./offscreen-blocks";
import { ImageNotImported } from "./image-not-imported";
import { EditorMention } from "./mention-suggestion";
import { ReviewHighlights } from "./review-highlights";
import { PasteCleanup } from "./paste-cleanup";
import { SlashMenu } from "./slash-menu";

/**
 * The editor's extensions: the shared document schema plus what only the writing UI needs
 * (suggestion popups, menus, previews), which must not change what can be stored.
 */
export const editorExtensions: Extensions = [
  ...withMediaPreviews(
    richTextExtensions.filter((extension) => extension.name !== EditorMention.name),
    mediaPreviewUrl,
  ),
  EditorMention,
  ImageNotImported,
  ReviewHighlights,
  PasteCleanup,
  SlashMenu,
  BlockLayoutExtension,
  OffscreenBlocks,
];
