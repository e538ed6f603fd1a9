import { describe, expect, it } from "vitest";
import { diffParagraphs, diffWords, foldUnchanged } from "./text-diff";

describe("diffParagraphs", () => {
  it("finds nothing to mark in identical texts", () => {
    expect(diffParagraphs("One.\n\nTwo.", "One.\n\nTwo.")).toEqual([
      { kind: "same", before: "One.", after: "One." },
      { kind: "same", before: "Two.", after: "Two." },
    ]);
  });

  it("marks an added paragraph", () => {
    expect(diffParagraphs("One.\n\nThree.", "One.\n\nTwo.\n\nThree.").map((p) => [p.kind, p.before ?? p.after])).toEqual([
      ["same", "One."],
      ["added", "Two."],
      ["same", "Three."],
    ]);
  });

  it("marks a removed paragraph", () => {
    expect(diffParagraphs("One.\n\nTwo.\n\nThree.", "One.\n\nThree.").map((p) => [p.kind, p.before ?? p.after])).toEqual([
      ["same", "One."],
      ["removed", "Two."],
      ["same", "Three."],
    ]);
  });

  it("shows a changed word inside a paragraph as words removed and added", () => {
    const [paragraph] = diffParagraphs("The court refused extradition.", "The court granted extradition.");
    expect(paragraph).toMatchObject({ kind: "changed", before: "The court refused extradition.", after: "The court granted extradition." });
    expect(paragraph?.words).toEqual([
      { kind: "same", text: "The court " },
      { kind: "removed", text: "refused" },
      { kind: "added", text: "granted" },
      { kind: "same", text: " extradition." },
    ]);
  });

  it("compares Cyrillic text word by word", () => {
    const [title, body] = diffParagraphs("Аблязов в Париже\n\nСуд отказал в экстрадиции.", "Аблязов в Париже\n\nСуд снова отказал в экстрадиции.");
    expect(title?.kind).toBe("same");
    expect(body?.words).toEqual([
      { kind: "same", text: "Суд " },
      { kind: "added", text: "снова " },
      { kind: "same", text: "отказал в экстрадиции." },
    ]);
  });

  it("treats an empty text as having no paragraphs", () => {
    expect(diffParagraphs("", "")).toEqual([]);
    expect(diffParagraphs("", "New.")).toEqual([{ kind: "added", after: "New." }]);
  });
});

describe("diffWords", () => {
  it("matches the last word of a paragraph when words are added after it", () => {
    expect(diffWords("Extradition refused.", "Extradition refused. Upheld on appeal.")).toEqual([
      { kind: "same", text: "Extradition refused." },
      { kind: "added", text: " Upheld on appeal." },
    ]);
  });

  it("keeps every word, so the parts join back into each text", () => {
    const words = diffWords("a b c d", "a x c d e");
    expect(words.filter((w) => w.kind !== "added").map((w) => w.text).join("")).toBe("a b c d");
    expect(words.filter((w) => w.kind !== "removed").map((w) => w.text).join("")).toBe("a x c d e");
  });

  it("reads a replacement of several words as one removed and one added run", () => {
    expect(diffWords("The court adjourned the hearing.", "The prosecutor asked the hearing.")).toEqual([
      { kind: "same", text: "The " },
      { kind: "removed", text: "court adjourned" },
      { kind: "added", text: "prosecutor asked" },
      { kind: "same", text: " the hearing." },
    ]);
  });

  it("merges no replacement across words that stayed, so each text still joins back", () => {
    const words = diffWords("Suspect held in Minsk", "Suspect detained and held in Vilnius");
    expect(words.filter((w) => w.kind !== "added").map((w) => w.text).join("")).toBe("Suspect held in Minsk");
    expect(words.filter((w) => w.kind !== "removed").map((w) => w.text).join("")).toBe("Suspect detained and held in Vilnius");
    expect(words.at(-2)).toEqual({ kind: "removed", text: "Minsk" });
    expect(words.at(-1)).toEqual({ kind: "added", text: "Vilnius" });
  });
});

describe("foldUnchanged", () => {
  const same = (text: string) => ({ kind: "same" as const, before: text, after: text });
  const changed = { kind: "added" as const, after: "New." };

  it("keeps one unchanged paragraph on each side of a change and counts the others", () => {
    const diffs = [same("1"), same("2"), same("3"), changed, same("4"), same("5"), same("6"), same("7")];
    expect(foldUnchanged(diffs)).toEqual([{ kind: "unchanged", count: 2 }, same("3"), changed, same("4"), { kind: "unchanged", count: 3 }]);
  });

  it("keeps a lone unchanged paragraph between two changes' context rather than count it", () => {
    const diffs = [changed, same("1"), same("2"), same("3"), changed];
    expect(foldUnchanged(diffs)).toEqual(diffs);
  });

  it("counts every paragraph of two equal texts", () => {
    expect(foldUnchanged(diffParagraphs("One.\n\nTwo.\n\nThree.", "One.\n\nTwo.\n\nThree."))).toEqual([{ kind: "unchanged", count: 3 }]);
    expect(foldUnchanged([])).toEqual([]);
  });

  it("folds two 20,000-word texts that differ in one paragraph, and shows a long paragraph rewritten all through as removed and added whole", () => {
    const words = (seed: number, count: number) => Array.from({ length: count }, (_, i) => `word${(seed * 7 + i) % 97}`).join(" ");
    const paragraphs = Array.from({ length: 200 }, (_, i) => `Paragraph ${i}: ${words(i, 100)}`);
    const before = paragraphs.join("\n\n");
    const after = paragraphs.map((text, i) => (i === 100 ? `${text} Upheld on appeal.` : text)).join("\n\n");
    const folded = foldUnchanged(diffParagraphs(before, after));
    expect(folded.map((item) => (item.kind === "unchanged" ? item.count : item.kind))).toEqual([99, "same", "changed", "same", 98]);
    // One paragraph of 20,000 words rewritten all through: shown as removed and added whole, not compared word by word.
    const [rewritten] = diffParagraphs(words(1, 20_000), words(2, 20_000));
    expect(rewritten?.words?.map((word) => word.kind)).toEqual(["removed", "added"]);
  });
});
