import { describe, expect, it } from "vitest";
import { mergeVersions, type MergeableVersion } from "./doc-merge";
import { plainText, type RichTextNode } from "./rich-text";

const paragraph = (text: string): RichTextNode => ({ type: "paragraph", content: [{ type: "text", text }] });
const version = (paragraphs: string[], title = "Title", summary = ""): MergeableVersion => ({
  title,
  summary,
  body: { type: "doc", content: paragraphs.map(paragraph) },
});
const texts = (result: MergeableVersion) => result.body.content.map((node) => plainText({ type: "doc", content: [node] }));

describe("three-way merge of a version", () => {
  const base = version(["Arrested in Minsk.", "Held for 3 days.", "Released on bail."]);

  it("takes changes made to different paragraphs on each side", () => {
    const theirs = version(["Arrested in Minsk on 2 May.", "Held for 3 days.", "Released on bail."]);
    const mine = version(["Arrested in Minsk.", "Held for 3 days.", "Released on bail.", "The case is closed."]);
    const merged = mergeVersions(base, theirs, mine);
    expect(texts(merged)).toEqual(["Arrested in Minsk on 2 May.", "Held for 3 days.", "Released on bail.", "The case is closed."]);
    expect(merged.conflicts).toEqual([]);
  });

  it("takes a deletion on one side when the other side left the paragraph alone", () => {
    const theirs = version(["Arrested in Minsk.", "Released on bail."]);
    const mine = version(["Arrested in Minsk.", "Held for 3 days.", "Released on bail without charge."]);
    expect(texts(mergeVersions(base, theirs, mine))).toEqual(["Arrested in Minsk.", "Released on bail without charge."]);
  });

  it("keeps both texts of a paragraph changed differently on both sides, mine first, and flags it", () => {
    const theirs = version(["Arrested in Minsk.", "Held for 10 days.", "Released on bail."]);
    const mine = version(["Arrested in Minsk.", "Held for three days.", "Released on bail."]);
    const merged = mergeVersions(base, theirs, mine);
    expect(texts(merged)).toEqual(["Arrested in Minsk.", "Held for three days.", "Held for 10 days.", "Released on bail."]);
    expect(merged.conflicts).toEqual([{ field: "body", mine: "Held for three days.", theirs: "Held for 10 days." }]);
  });

  it("keeps both paragraphs added at the same place, mine first", () => {
    const theirs = version(["Arrested in Minsk.", "Theirs.", "Held for 3 days.", "Released on bail."]);
    const mine = version(["Arrested in Minsk.", "Mine.", "Held for 3 days.", "Released on bail."]);
    const merged = mergeVersions(base, theirs, mine);
    expect(texts(merged)).toEqual(["Arrested in Minsk.", "Mine.", "Theirs.", "Held for 3 days.", "Released on bail."]);
    expect(merged.conflicts).toHaveLength(1);
  });

  it("is no conflict when both sides made the same change", () => {
    const same = version(["Arrested in Minsk.", "Held for 10 days.", "Released on bail."]);
    const merged = mergeVersions(base, same, same);
    expect(texts(merged)).toEqual(texts(same));
    expect(merged.conflicts).toEqual([]);
  });

  it("compares paragraphs by content, not by the order of keys in stored JSON", () => {
    const reordered: RichTextNode = { content: [{ text: "Held for 3 days.", type: "text" }], type: "paragraph" };
    const theirs = { ...base, body: { type: "doc" as const, content: [paragraph("Arrested in Minsk."), reordered, paragraph("Released.")] } };
    const mine = version(["Arrested in Grodno.", "Held for 3 days.", "Released on bail."]);
    const merged = mergeVersions(base, theirs, mine);
    expect(texts(merged)).toEqual(["Arrested in Grodno.", "Held for 3 days.", "Released."]);
    expect(merged.conflicts).toEqual([]);
  });

  it("merges title and summary like paragraphs, keeping my title on a conflict and reporting theirs", () => {
    const start = version(["Text"], "Arrest", "Short");
    const merged = mergeVersions(start, version(["Text"], "Arrest in Minsk", "Short"), version(["Text"], "Arrest", "Longer summary"));
    expect(merged).toMatchObject({ title: "Arrest in Minsk", summary: "Longer summary", conflicts: [] });
    const clash = mergeVersions(start, version(["Text"], "Theirs", "Short"), version(["Text"], "Mine", "Short"));
    expect(clash.title).toBe("Mine");
    expect(clash.conflicts).toEqual([{ field: "title", mine: "Mine", theirs: "Theirs" }]);
  });

  it("gives an editable document when both sides emptied it", () => {
    const merged = mergeVersions(base, version([]), version([]));
    expect(merged.body).toEqual({ type: "doc", content: [{ type: "paragraph" }] });
  });
});
