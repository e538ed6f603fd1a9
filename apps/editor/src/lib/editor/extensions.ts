import { richTextExtensions } from "@rightsdesk/rich-text/extensions";
import { type Extensions } from "@tiptap/core";
import { PasteCleanup } from "./paste-cleanup";
import { SlashMenu } from "./slash-menu";

/**
 * The editor's extensions: the shared document schema plus what only the writing UI needs
 * (suggestion popups, menus), which must not change what can be stored.
 */
export const editorExtensions: Extensions = [...richTextExtensions, PasteCleanup, SlashMenu];
