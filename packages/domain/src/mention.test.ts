import { describe, expect, it } from "vitest";
import { collectMentions, isMentionKind, mentionKey, repointMentions, ZMentionQuery } from "./mention";
import { type RichTextDoc, type RichTextNode } from "./rich-text";

const mention = (kind: string, id: string, label = "x"): RichTextNode => ({ type: "mention", attrs: { kind, id, label } });
const doc = (...inline: RichTextNode[]): RichTextDoc => ({
  type: "doc",
  content: [{ type: "paragraph", content: inline }, { type: "blockquote", content: [{ type: "paragraph", content: inline }] }],
});

describe("collectMentions", () => {
  it("finds mentions at any depth, each record once, in order", () => {
    const body = doc(mention("case", "c1"), { type: "text", text: " and " }, mention("person", "p1"), mention("case", "c1"));
    expect(collectMentions(body)).toEqual([
      { kind: "case", id: "c1" },
      { kind: "person", id: "p1" },
    ]);
  });

  it("skips mentions without an id or of an unknown kind", () => {
    expect(collectMentions(doc(mention("person", ""), mention("tag", "t1")))).toEqual([]);
  });
});

describe("repointMentions", () => {
  it("points every mention of the duplicate at the survivor and keeps the rest", () => {
    const body = doc(mention("person", "dup", "Old name"), mention("person", "other"), mention("case", "dup"));
    const moved = repointMentions(body, { kind: "person", id: "dup" }, { kind: "person", id: "survivor" });
    expect(moved && collectMentions(moved)).toEqual([
      { kind: "person", id: "survivor" },
      { kind: "person", id: "other" },
      { kind: "case", id: "dup" },
    ]);
    expect(moved?.content[1]?.content?.[0]?.content?.[0]).toEqual(mention("person", "survivor", "Old name"));
  });

  it("says when there was nothing to change", () => {
    expect(repointMentions(doc(mention("case", "dup")), { kind: "person", id: "dup" }, { kind: "person", id: "b" })).toBeNull();
  });
});

describe("mention kinds", () => {
  it("keys and recognises kinds", () => {
    expect(mentionKey({ kind: "organisation", id: "o1" })).toBe("organisation:o1");
    expect(isMentionKind("case")).toBe(true);
    expect(isMentionKind("tag")).toBe(false);
  });
});

describe("ZMentionQuery", () => {
  it("trims the name searched for and offers 8 records unless asked for up to 20", () => {
    expect(ZMentionQuery.parse({ q: "  Аблязов " })).toEqual({ q: "Аблязов", limit: 8 });
    expect(ZMentionQuery.parse({ q: "abl", limit: "20" })).toEqual({ q: "abl", limit: 20 });
  });

  it("refuses an empty or overlong search and a limit out of range", () => {
    expect(ZMentionQuery.safeParse({ q: " " }).error?.issues[0]?.message).toBe("Type a name to search for");
    expect(ZMentionQuery.safeParse({ q: "a".repeat(101) }).success).toBe(false);
    expect(ZMentionQuery.safeParse({ q: "abl", limit: "21" }).success).toBe(false);
  });

  it("narrows the search to one kind of record when asked, and refuses a kind that is not one", () => {
    expect(ZMentionQuery.parse({ q: "open", kind: "organisation" })).toEqual({ q: "open", limit: 8, kind: "organisation" });
    expect(ZMentionQuery.safeParse({ q: "open", kind: "tag" }).success).toBe(false);
  });
});
