import { type RichTextNode, wordCount } from "@rightsdesk/domain";
import { type Node } from "@tiptap/pm/model";
import { perBlock } from "./block-cache";

const blockJson = perBlock((block) => JSON.stringify(block.toJSON()));
const blockWords = perBlock((block) => wordCount({ type: "doc", content: [block.toJSON() as RichTextNode] }));

/** The document as JSON text, exactly `JSON.stringify(doc.toJSON())`, re-serialising only the blocks that changed. */
export function docJson(doc: Node): string {
  return `{"type":"doc","content":[${blockJson(doc).join(",")}]}`;
}

/**
 * The domain's word count of the document, recounting only the blocks that changed: blocks are counted
 * apart because no word runs from one block into the next.
 */
export function docWordCount(doc: Node): number {
  return blockWords(doc).reduce((sum, words) => sum + words, 0);
}
