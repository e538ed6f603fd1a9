import { describe, expect, it } from "vitest";
import { type RichTextDoc, type RichTextNode } from "./rich-text";
import { alignWithSource, type BlockInsert, missingBlockInserts, sourceEditsSince } from "./source-alignment";

const p = (text: string): RichTextNode => ({ type: "paragraph", content: [{ type: "text", text }] });
const h = (text: string): RichTextNode => ({ type: "heading", attrs: { level: 2 }, content: [{ type: "text", text }] });
const image = (id: string): RichTextNode => ({ type: "mediaImage", attrs: { mediaId: id, alt: "" } });
const doc = (...content: RichTextNode[]): RichTextDoc => ({ type: "doc", content });

const blockKinds = (translation: RichTextDoc) => translation.content.map((block) => block.type);
const align = (current: RichTextDoc, translation: RichTextDoc, from: RichTextDoc | null) => alignWithSource(sourceEditsSince(current, from), blockKinds(translation));

const base = doc(h("Arrest"), p("He was detained in Madrid."), image("m1"), p("Spain refused."));
const russian = doc(h("Арест"), p("Его задержали в Мадриде."), image("m1"), p("Испания отказала."));

describe("alignWithSource", () => {
  it("pairs every block of an up-to-date translation with the same place in the source, and nothing changed", () => {
    expect(align(base, russian, base)).toEqual({
      pairs: [0, 1, 2, 3].map((i) => ({ source: i, translation: i })),
      changed: [],
      missing: [],
    });
  });

  it("follows a paragraph inserted in the source: later blocks stay paired with their own translation", () => {
    const current = doc(h("Arrest"), p("He was detained in Madrid."), p("Interpol had issued a notice."), image("m1"), p("Spain refused."));
    const alignment = align(current, russian, base);
    expect(alignment.pairs).toEqual([
      { source: 0, translation: 0 },
      { source: 1, translation: 1 },
      { source: 3, translation: 2 },
      { source: 4, translation: 3 },
    ]);
    expect(alignment.changed).toEqual([2]);
    expect(alignment.missing).toEqual([2]);
  });

  it("marks a rewritten paragraph as changed but keeps it paired with the translation made from its old text", () => {
    const current = doc(h("Arrest"), p("He was detained in Madrid on 2 May."), image("m1"), p("Spain refused."));
    const alignment = align(current, russian, base);
    expect(alignment.changed).toEqual([1]);
    expect(alignment.pairs).toHaveLength(4);
    expect(alignment.missing).toEqual([]);
  });

  it("leaves a translation block unpaired when its source block was deleted", () => {
    const current = doc(h("Arrest"), image("m1"), p("Spain refused."));
    const alignment = align(current, russian, base);
    expect(alignment.pairs).toEqual([
      { source: 0, translation: 0 },
      { source: 1, translation: 2 },
      { source: 2, translation: 3 },
    ]);
    expect(alignment.changed).toEqual([]);
  });

  it("never pairs blocks of different kinds", () => {
    const alignment = align(base, doc(p("Арест"), p("Его задержали в Мадриде.")), base);
    expect(alignment.pairs).toEqual([{ source: 1, translation: 1 }]);
    expect(alignment.missing).toEqual([0, 2, 3]);
  });

  it("does not ask to review or copy an empty paragraph added to the source", () => {
    const current = doc(...base.content, { type: "paragraph" });
    const alignment = align(current, russian, base);
    expect(alignment.changed).toEqual([]);
    expect(alignment.missing).toEqual([]);
  });

  it("counts the whole source as changed when the translation records no base", () => {
    const alignment = align(base, russian, null);
    expect(alignment.changed).toEqual([0, 1, 2, 3]);
    expect(alignment.pairs).toHaveLength(4);
  });

  it("reads a translation that already took over the source's new blocks by the current structure", () => {
    const current = doc(h("Arrest"), p("He was detained in Madrid."), p("Interpol had issued a notice."), image("m1"), p("Spain refused."));
    const updated = doc(h("Арест"), p("Его задержали в Мадриде."), p("Интерпол объявил розыск."), image("m1"), p("Испания отказала."));
    const alignment = align(current, updated, base);
    expect(alignment.pairs).toHaveLength(5);
    expect(alignment.missing).toEqual([]);
    expect(alignment.changed).toEqual([2]);
  });
});

/** What the editor does with the inserts: each copy goes right after its translation block. */
function apply(translation: RichTextDoc, inserts: readonly BlockInsert[]): RichTextDoc {
  const after = new Map(inserts.map((insert) => [insert.after, insert.blocks]));
  return doc(...(after.get(-1) ?? []), ...translation.content.flatMap((block, t) => [block, ...(after.get(t) ?? [])]));
}

describe("missingBlockInserts", () => {
  it("places the source's new blocks where the source has them and keeps every translated block", () => {
    const current = doc(p("Summary first."), h("Arrest"), p("He was detained in Madrid."), p("Interpol had issued a notice."), p("Twice."), image("m1"), p("Spain refused."));
    const inserts = missingBlockInserts(current, align(current, russian, base));
    expect(inserts).toEqual([
      { after: -1, blocks: [p("Summary first.")] },
      { after: 1, blocks: [p("Interpol had issued a notice."), p("Twice.")] },
    ]);
    const result = apply(russian, inserts);
    expect(result).toEqual(
      doc(p("Summary first."), h("Арест"), p("Его задержали в Мадриде."), p("Interpol had issued a notice."), p("Twice."), image("m1"), p("Испания отказала.")),
    );
    expect(align(current, result, base).missing).toEqual([]);
  });

  it("has nothing to add to a translation with every block", () => {
    expect(missingBlockInserts(base, align(base, russian, base))).toEqual([]);
  });
});
