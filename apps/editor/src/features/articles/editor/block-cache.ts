import { type Node } from "@tiptap/pm/model";

/**
 * A figure computed once per top-level block and kept while the block is unchanged. ProseMirror keeps every
 * block an edit did not touch as the same object in the new document, so a keystroke recomputes one block,
 * not twenty thousand words.
 */
export function perBlock<T>(compute: (block: Node) => T): (doc: Node) => T[] {
  const cache = new WeakMap<Node, T>();
  return (doc) => {
    const values: T[] = [];
    doc.forEach((block) => {
      let value = cache.get(block);
      if (value === undefined) {
        value = compute(block);
        cache.set(block, value);
      }
      values.push(value);
    });
    return values;
  };
}
