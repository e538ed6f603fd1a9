import { hasAllowedProtocol, IMAGE_PROTOCOLS } from "@rightsdesk/rich-text/extensions";
import { Extension } from "@tiptap/core";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import { markNotImported } from "./image-not-imported";

// What never belongs in an article; Office's own elements (<o:p>, <w:…>, <v:…>) go too.
const DROPPED_TAGS = new Set(["XML", "STYLE", "SCRIPT", "META", "LINK", "TITLE"]);
const isDropped = (element: Element) => DROPPED_TAGS.has(element.tagName) || element.tagName.includes(":");
// A bold run as Word and Google Docs write it: font-weight bold, 600 or more.
const isBoldWeight = (weight: string) => weight === "bold" || weight === "bolder" || Number(weight) >= 600;
/**
 * A <b> that says it is not bold: Google Docs wraps the whole clipboard in <b style="font-weight:normal"
 * id="docs-internal-guid-…">. Read from the style's font-weight itself, so Word's own bold, written
 * <b style='mso-bidi-font-weight:normal'> (a setting for right-to-left text), stays bold.
 */
const isNotBold = (element: HTMLElement) =>
  element.id.startsWith("docs-internal-guid") || (element.style.fontWeight !== "" && !isBoldWeight(element.style.fontWeight));

// Google Docs puts its pictures on the clipboard as addresses inside the writer's document: they stop
// working after a while, and every reader's browser would fetch them from Google.
const CLIPBOARD_ONLY_HOST = /(^|\.)googleusercontent\.com$/i;

/** An image the article can show: an http(s) address on the web that lasts. */
function isKeptImage(src: string): boolean {
  return hasAllowedProtocol(src, IMAGE_PROTOCOLS) && !CLIPBOARD_ONLY_HOST.test(new URL(src).hostname);
}

function comments(root: HTMLElement): Comment[] {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
  const found: Comment[] = [];
  while (walker.nextNode()) found.push(walker.currentNode as Comment);
  return found;
}

/**
 * Word writes a list item as a paragraph styled `mso-list`, its bullet or number as text between
 * `[if !supportLists]` and `[endif]` comments. The marker goes; consecutive items become one list,
 * numbered if the marker was a number or letter. (Nesting levels are flattened.)
 */
function convertWordLists(body: HTMLElement): void {
  let list: HTMLElement | null = null;
  for (const paragraph of Array.from(body.querySelectorAll<HTMLElement>("p"))) {
    if (!/mso-list:\s*l\d/.test(paragraph.getAttribute("style") ?? "")) {
      list = null;
      continue;
    }
    let marker = "";
    const start = comments(paragraph).find((comment) => comment.data.includes("[if !supportLists]"));
    for (let node = start?.nextSibling; node && !(node instanceof Comment && node.data.includes("[endif]")); ) {
      const next: ChildNode | null = node.nextSibling;
      marker += node.textContent ?? "";
      node.remove();
      node = next ?? undefined;
    }
    const tag = /^\s*[\da-z]+[.)]/i.test(marker) ? "OL" : "UL";
    if (!list || list.tagName !== tag || list.nextElementSibling !== paragraph) {
      list = body.ownerDocument.createElement(tag);
      paragraph.before(list);
    }
    const item = body.ownerDocument.createElement("li");
    item.append(...Array.from(paragraph.childNodes));
    list.append(item);
    paragraph.remove();
  }
}

function unwrap(element: Element): void {
  element.replaceWith(...Array.from(element.childNodes));
}

/** Wraps the element's children in `tag` (a <strong> or <em>) so the schema's marks pick them up. */
function wrapChildren(element: HTMLElement, tag: "strong" | "em"): void {
  const wrapper = element.ownerDocument.createElement(tag);
  wrapper.append(...Array.from(element.childNodes));
  element.append(wrapper);
}

/** What the schema reads from pasted HTML (links, images, list starts); every other attribute goes. */
const KEPT_ATTRIBUTES = new Set(["href", "src", "alt", "title", "start"]);

/** Turns styled spans into marks, then drops every other attribute: styles, classes, ids. */
function cleanElement(element: HTMLElement): void {
  const style = element.style;
  if (element.tagName === "SPAN" || element.tagName === "FONT") {
    // Inner first: <strong><em>text</em></strong>.
    if (style.fontStyle === "italic") wrapChildren(element, "em");
    if (isBoldWeight(style.fontWeight)) wrapChildren(element, "strong");
  }
  for (const name of element.getAttributeNames()) {
    if (!KEPT_ATTRIBUTES.has(name)) element.removeAttribute(name);
  }
}

/**
 * Cleans HTML pasted from Word or Google Docs before the editor's schema reads it: Office markup,
 * conditional comments and Google's invisible bold wrapper go; bold and italic written as span styles
 * become marks; no style, class or id is kept; an image without a lasting web address (a file on the
 * writer's computer, an e-mail attachment, data, a Google Docs copy) becomes a placeholder that is never
 * saved, so that the paste can always be saved. What the schema does not know is dropped by it afterwards.
 */
export function cleanPastedHtml(html: string): string {
  const doc = new DOMParser().parseFromString(html, "text/html");
  const body = doc.body;
  convertWordLists(body);
  for (const comment of comments(body)) comment.remove();
  for (const element of Array.from(body.querySelectorAll("*"))) {
    if (isDropped(element)) element.remove();
  }
  for (const element of Array.from(body.querySelectorAll<HTMLElement>("b, strong"))) {
    if (isNotBold(element)) unwrap(element);
  }
  for (const element of Array.from(body.querySelectorAll<HTMLElement>("*"))) cleanElement(element);
  // A span left with no attributes says nothing; its text stays.
  for (const element of Array.from(body.querySelectorAll("span, font"))) unwrap(element);
  for (const image of Array.from(body.querySelectorAll("img"))) {
    if (!isKeptImage(image.getAttribute("src") ?? "")) markNotImported(image);
    // Images are blocks: a paragraph that only holds one would stay behind as an empty line.
    const parent = image.parentElement;
    if (parent?.tagName === "P" && parent.children.length === 1 && !parent.textContent?.trim()) parent.replaceWith(image);
  }
  return body.innerHTML;
}

/** Runs every paste of HTML through cleanPastedHtml. */
export const PasteCleanup = Extension.create({
  name: "pasteCleanup",
  addProseMirrorPlugins() {
    return [new Plugin({ key: new PluginKey("pasteCleanup"), props: { transformPastedHTML: cleanPastedHtml } })];
  },
});
