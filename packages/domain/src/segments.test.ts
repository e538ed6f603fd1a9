import { describe, expect, it } from "vitest";
import { type RichTextDoc, type RichTextNode } from "./rich-text";
import { alignSegments, fromInlineTree, rebuildDoc, segmentsOf, segmentText, toInlineTree } from "./segments";

const text = (value: string, ...marks: string[]): RichTextNode =>
  marks.length ? { type: "text", text: value, marks: marks.map((type) => ({ type })) } : { type: "text", text: value };
const link = (value: string, href: string): RichTextNode => ({ type: "text", text: value, marks: [{ type: "link", attrs: { href } }] });
const p = (...content: RichTextNode[]): RichTextNode => ({ type: "paragraph", content });
const mention: RichTextNode = { type: "mention", attrs: { id: "person-1", kind: "person", label: "Mukhtar Ablyazov" } };

const article: RichTextDoc = {
  type: "doc",
  content: [
    { type: "heading", attrs: { level: 2 }, content: [text("Protection in Europe")] },
    p(text("Detained in "), text("France", "bold"), text(" on 31 July 2013.")),
    { type: "paragraph" },
    {
      type: "bulletList",
      content: [
        { type: "listItem", content: [p(text("Poland:", "bold"), text(" Muratbek Ketebayev"))] },
        { type: "listItem", content: [p(text("Spain"))] },
      ],
    },
    { type: "image", attrs: { src: "https://example.org/court.jpg", alt: "The court in Paris" } },
    { type: "blockquote", content: [p(mention, text(" was released."))] },
  ],
};

describe("segmentsOf", () => {
  it("makes one segment per textblock, list item paragraph, quote paragraph and alt text, with ids from the path", () => {
    expect(segmentsOf(article).map((segment) => [segment.id, segment.block])).toEqual([
      ["b0", "heading"],
      ["b1", "paragraph"],
      ["b3.0.0", "bulletList/listItem/paragraph"],
      ["b3.1.0", "bulletList/listItem/paragraph"],
      ["b4.alt", "image/alt"],
      ["b5.0", "blockquote/paragraph"],
    ]);
  });

  it("keeps marks as nested elements and inline atoms such as mentions whole", () => {
    const [, detained, , , , quote] = segmentsOf(article);
    expect(detained?.content).toEqual([
      { kind: "text", text: "Detained in " },
      { kind: "mark", mark: { type: "bold" }, content: [{ kind: "text", text: "France" }] },
      { kind: "text", text: " on 31 July 2013." },
    ]);
    expect(quote?.content[0]).toEqual({ kind: "atom", node: mention });
    expect(segmentText(quote?.content ?? [])).toBe(" was released.");
  });
});

describe("inline trees", () => {
  it("nest a shared outer mark once around differently marked runs and give back the same nodes", () => {
    const nodes = [text("Bold ", "bold"), text("bold italic", "bold", "italic"), text(" plain"), link("court", "https://example.org")];
    const tree = toInlineTree(nodes);
    expect(tree[0]).toEqual({
      kind: "mark",
      mark: { type: "bold" },
      content: [
        { kind: "text", text: "Bold " },
        { kind: "mark", mark: { type: "italic" }, content: [{ kind: "text", text: "bold italic" }] },
      ],
    });
    expect(fromInlineTree(tree)).toEqual(nodes);
  });

  it("merge neighbouring texts with the same marks and drop empty ones", () => {
    expect(
      fromInlineTree([
        { kind: "text", text: "A " },
        { kind: "text", text: "" },
        { kind: "text", text: "B" },
      ]),
    ).toEqual([text("A B")]);
  });
});

describe("alignSegments", () => {
  it("pairs segments at the same place in the same kind of block and reports the rest", () => {
    const translation: RichTextDoc = {
      type: "doc",
      content: [{ type: "heading", attrs: { level: 2 }, content: [text("Защита в Европе")] }, p(text("Задержан во Франции.")), p(text("Лишний абзац."))],
    };
    const alignment = alignSegments(segmentsOf(article), segmentsOf(translation));
    expect(alignment.pairs.map(({ source, translation: match }) => [source.id, segmentText(match.content)])).toEqual([
      ["b0", "Защита в Европе"],
      ["b1", "Задержан во Франции."],
    ]);
    expect(alignment.unmatchedSource).toEqual(["b3.0.0", "b3.1.0", "b4.alt", "b5.0"]);
    expect(alignment.unmatchedTranslation).toEqual(["b2"]);
  });
});

describe("rebuildDoc", () => {
  it("keeps the source structure and puts in the translated contents", () => {
    const contents = new Map(
      segmentsOf(article).map((segment) => [segment.id, segment.id === "b4.alt" ? [{ kind: "text" as const, text: "Суд в Париже" }] : segment.content]),
    );
    contents.set("b1", [
      { kind: "text", text: "Задержан во " },
      { kind: "mark", mark: { type: "bold" }, content: [{ kind: "text", text: "Франции" }] },
    ]);
    const { doc, missing, unused } = rebuildDoc(article, contents);
    expect(missing).toEqual([]);
    expect(unused).toEqual([]);
    expect(doc.content[1]).toEqual(p(text("Задержан во "), text("Франции", "bold")));
    expect(doc.content[4]?.attrs).toEqual({ src: "https://example.org/court.jpg", alt: "Суд в Париже" });
    expect(doc.content.map((node) => node.type)).toEqual(article.content.map((node) => node.type));
    expect(doc.content[5]).toEqual(article.content[5]);
  });

  it("reports segments without a translation and translations for unknown ids", () => {
    const { doc, missing, unused } = rebuildDoc(article, new Map([["b9", [{ kind: "text" as const, text: "?" }]]]));
    expect(missing).toEqual(["b0", "b1", "b3.0.0", "b3.1.0", "b4.alt", "b5.0"]);
    expect(unused).toEqual(["b9"]);
    expect(doc).toEqual(article);
  });
});
