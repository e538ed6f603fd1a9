import { type RichTextDoc } from "@rightsdesk/domain";
import { type Editor, mergeAttributes, Node } from "@tiptap/core";
import { type Node as ProseMirrorNode } from "@tiptap/pm/model";
import { Transform } from "@tiptap/pm/transform";

/*
 * A pasted image the article cannot keep (a file on the writer's computer, an e-mail attachment, a copy
 * inside Word or Google Docs) becomes this placeholder: the writer sees where the picture was and uploads
 * it to the media library. It exists only in the editor: the stored schema does not know it, and it is
 * taken out of every body the editor saves (savableBody), so pasted content never blocks a save.
 */

export const IMAGE_NOT_IMPORTED = "imageNotImported";
/** Marks the pasted <img> the paste clean-up could not keep; its value is the image's name, if it has one. */
const MARKER = "data-image-not-imported";

/** Where the writer uploads the picture: the editor's media library. */
const MEDIA_LIBRARY_PATH = "/media";

/** What the writer reads in place of the image. */
export function placeholderText(name: string): string {
  return `Image not imported${name ? ` (${name})` : ""} — upload it to the media library. This note is not saved with the text.`;
}

/** A name the writer recognises: the image's alt text, else the file name of a local file or e-mail attachment. */
function imageName(image: HTMLImageElement): string {
  const alt = image.getAttribute("alt")?.trim();
  if (alt) return alt;
  const src = image.getAttribute("src") ?? "";
  const file = /^(?:file|cid):(?:.*[/\\])?([^/\\@?#]+)/i.exec(src)?.[1] ?? "";
  try {
    return decodeURIComponent(file);
  } catch {
    return file;
  }
}

/** Turns a pasted image into the placeholder's markup: the address goes, its name stays. */
export function markNotImported(image: HTMLImageElement): void {
  image.setAttribute(MARKER, imageName(image));
  image.removeAttribute("src");
}

export const ImageNotImported = Node.create({
  name: IMAGE_NOT_IMPORTED,
  group: "block",
  atom: true,
  addAttributes: () => ({
    name: { default: "", parseHTML: (element) => element.getAttribute(MARKER) ?? "", renderHTML: (attrs) => ({ [MARKER]: String(attrs.name) }) },
  }),
  // Above the paragraph's rule: the placeholder copied within the editor is a <p> with the marker.
  parseHTML: () => [{ tag: `[${MARKER}]`, priority: 60 }],
  renderHTML: ({ node, HTMLAttributes }) => ["p", mergeAttributes(HTMLAttributes, { class: "image-not-imported" }), placeholderText(String(node.attrs.name))],
  addNodeView() {
    return ({ node, getPos, editor }) => {
      const name = String(node.attrs.name);
      const dom = document.createElement("div");
      dom.className = "image-not-imported";
      dom.setAttribute("role", "group");
      dom.setAttribute("aria-label", name ? `Image not imported: ${name}` : "Image not imported");
      const text = document.createElement("span");
      text.textContent = placeholderText(name);
      // Besides selecting the placeholder and pressing Delete, a button that works with the mouse and the Tab key.
      const remove = document.createElement("button");
      remove.type = "button";
      remove.textContent = "Remove placeholder";
      remove.addEventListener("click", () => {
        const pos = getPos();
        if (typeof pos === "number") editor.chain().focus().deleteRange({ from: pos, to: pos + node.nodeSize }).run();
      });
      // In another tab: the text being written stays open, and the upload is there when the writer comes back.
      const library = document.createElement("a");
      library.href = MEDIA_LIBRARY_PATH;
      library.target = "_blank";
      library.rel = "noopener";
      library.textContent = "Open the media library";
      dom.append(text, " ", library, " ", remove);
      return { dom, stopEvent: (event: Event) => event.target === remove || event.target === library, ignoreMutation: () => true };
    };
  },
});

/** The document without its placeholders: what is saved. A block left empty by one gets an empty paragraph. */
export function withoutPlaceholders(doc: ProseMirrorNode): ProseMirrorNode {
  const ranges: { from: number; to: number }[] = [];
  doc.descendants((node, pos) => {
    if (node.type.name === IMAGE_NOT_IMPORTED) ranges.push({ from: pos, to: pos + node.nodeSize });
  });
  const transform = new Transform(doc);
  // From the end, so that earlier positions stay where they were.
  for (const { from, to } of ranges.reverse()) transform.delete(from, to);
  return transform.doc;
}

/** The editor's body as it is saved. */
export const savableBody = (editor: Editor) => withoutPlaceholders(editor.state.doc).toJSON() as RichTextDoc;
