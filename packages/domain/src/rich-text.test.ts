import { describe, expect, it } from "vitest";
import {
  BODY_MAX_BYTES,
  EMPTY_DOC,
  plainText,
  type RichTextDoc,
  type RichTextNode,
  fitsInUtf8Bytes,
  utf8ByteLength,
  wordCount,
  ZRichTextDoc,
} from "./rich-text";

const text = (value: string, marks?: RichTextNode["marks"]): RichTextNode => (marks ? { type: "text", text: value, marks } : { type: "text", text: value });
const p = (...content: RichTextNode[]): RichTextNode => ({ type: "paragraph", content });
const doc = (...content: RichTextNode[]): RichTextDoc => ({ type: "doc", content });

const article = doc(
  { type: "heading", attrs: { level: 2 }, content: [text("Arrest in France")] },
  p(text("Ablyazov was "), text("arrested", [{ type: "bold" }]), text(" on 31 July 2013.")),
  {
    type: "bulletList",
    content: [
      { type: "listItem", content: [p(text("Poland"))] },
      { type: "listItem", content: [p(text("Czech Republic"))] },
    ],
  },
  { type: "blockquote", content: [p(text("Free them all."))] },
);

describe("plainText", () => {
  it("joins the text of a block without separators, so marks do not split words", () => {
    expect(plainText(p(text("Abl"), text("ya", [{ type: "italic" }]), text("zov")))).toBe("Ablyazov");
  });

  it("separates blocks, list items and quotes by blank lines", () => {
    expect(plainText(article)).toBe(
      "Arrest in France\n\nAblyazov was arrested on 31 July 2013.\n\nPoland\n\nCzech Republic\n\nFree them all.",
    );
  });

  it("turns a hard break into a line break", () => {
    expect(plainText(p(text("Paris"), { type: "hardBreak" }, text("8 January 2017")))).toBe("Paris\n8 January 2017");
  });

  it("gives an empty string for empty documents and nodes", () => {
    expect(plainText(EMPTY_DOC)).toBe("");
    expect(plainText(doc())).toBe("");
    expect(plainText({ type: "text" })).toBe("");
    expect(plainText({ type: "horizontalRule" })).toBe("");
  });

  it("keeps Cyrillic text as it is", () => {
    expect(plainText(doc(p(text("Кетебаев и Винявский"))))).toBe("Кетебаев и Винявский");
  });
});

describe("wordCount", () => {
  it("counts words across blocks", () => {
    expect(wordCount(article)).toBe(3 + 7 + 1 + 2 + 3);
  });

  it("does not count marks or blank lines as word breaks", () => {
    expect(wordCount(doc(p(text("one "), text("two", [{ type: "bold" }]), text("three"))))).toBe(2);
  });

  it("is zero for an empty document", () => {
    expect(wordCount(EMPTY_DOC)).toBe(0);
    expect(wordCount(doc(p(text("   "))))).toBe(0);
  });

  it("counts Cyrillic words", () => {
    expect(wordCount(doc(p(text("Украинские правозащитники поздравили Мухтара Аблязова"))))).toBe(5);
  });
});

describe("ZRichTextDoc", () => {
  it("accepts a nested document as it is", () => {
    expect(ZRichTextDoc.parse(article)).toEqual(article);
    expect(ZRichTextDoc.parse(EMPTY_DOC)).toEqual(EMPTY_DOC);
  });

  it("checks the shape, not the node types (the editor schema does that)", () => {
    expect(ZRichTextDoc.safeParse(doc({ type: "iframe" })).success).toBe(true);
  });

  it.each([
    ["not an object", "hello"],
    ["a node that is not a document", p(text("x"))],
    ["a document without content", { type: "doc" }],
    ["a node with an empty type", { type: "doc", content: [{ type: "" }] }],
    ["a mark without a type", doc(p({ type: "text", text: "x", marks: [{ attrs: {} } as never] }))],
    ["content that is not an array", { type: "doc", content: [{ type: "paragraph", content: "x" }] }],
  ])("refuses %s", (_label, input) => {
    expect(ZRichTextDoc.safeParse(input).success).toBe(false);
  });

  const bodyOf = (char: string, count: number) => doc(p(text(char.repeat(count))));

  it("accepts a body just under 1 MB and refuses one over it", () => {
    const overhead = JSON.stringify(bodyOf("a", 0)).length;
    expect(ZRichTextDoc.safeParse(bodyOf("a", BODY_MAX_BYTES - overhead)).success).toBe(true);
    const result = ZRichTextDoc.safeParse(bodyOf("a", BODY_MAX_BYTES - overhead + 1));
    expect(result.error?.issues[0]?.message).toBe("Body is too long (over 1 MB)");
  });

  it("measures the limit in UTF-8 bytes, so a Cyrillic body is not allowed twice the size", () => {
    // 600 000 Cyrillic letters are 1.2 MB in UTF-8 though only 600 000 UTF-16 code units.
    expect(ZRichTextDoc.safeParse(bodyOf("ж", 600_000)).success).toBe(false);
    expect(ZRichTextDoc.safeParse(bodyOf("ж", 450_000)).success).toBe(true);
  });
});

describe("utf8ByteLength", () => {
  it.each([
    ["", 0],
    ["abc", 3],
    ["ł", 2],
    ["Кетебаев", 16],
    ["€", 3],
    ["🙂", 4],
    ["a🙂ж", 7],
    ["\ud800", 3], // a lone surrogate is written as U+FFFD
  ])("is the UTF-8 size of %j: %d", (input, expected) => {
    expect(utf8ByteLength(input)).toBe(expected);
    expect(utf8ByteLength(input)).toBe(Buffer.byteLength(input, "utf8"));
  });
});

describe("fitsInUtf8Bytes", () => {
  it.each([
    ["abcd", 4, true],
    ["abcde", 4, false],
    ["жж", 4, true], // 4 bytes in 2 code units
    ["жжж", 5, false], // 6 bytes in 3 code units
    ["🙂", 4, true], // a surrogate pair: 4 bytes in 2 code units
    ["🙂", 3, false],
    ["a".repeat(300), 1000, true], // decided by the length: at most 900 bytes
    ["ж".repeat(400), 1000, true], // counted: 800 bytes
    ["ж".repeat(600), 1000, false], // counted: 1,200 bytes
  ])("%j within %d bytes: %s", (text, max, fits) => {
    expect(fitsInUtf8Bytes(text, max)).toBe(fits);
    expect(fitsInUtf8Bytes(text, max)).toBe(Buffer.byteLength(text, "utf8") <= max);
  });
});
