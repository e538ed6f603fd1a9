import { describe, expect, it } from "vitest";
import { decideComment, locateQuote, type TextSegment, ZNewComment } from "./review-comment";

describe("who may act on review comments", () => {
  const comment = { kind: "comment.resolve" as const, authorId: "author" };

  it("lets every signed-in user comment", () => {
    expect(decideComment({ id: "t", role: "translator" }, { kind: "comment.add" })).toEqual({ allowed: true });
  });

  it("lets the author, editors and admins resolve, and no other translator", () => {
    expect(decideComment({ id: "author", role: "translator" }, comment).allowed).toBe(true);
    expect(decideComment({ id: "e", role: "editor" }, comment).allowed).toBe(true);
    expect(decideComment({ id: "a", role: "admin" }, comment).allowed).toBe(true);
    expect(decideComment({ id: "other", role: "translator" }, comment)).toMatchObject({ allowed: false, reason: /author/ });
  });
});

describe("a new comment", () => {
  it("needs a selection and some words", () => {
    expect(ZNewComment.safeParse({ quote: "Minsk", anchorFrom: 3, anchorTo: 8, body: " Source? " }).data?.body).toBe("Source?");
    const empty = ZNewComment.safeParse({ quote: "Minsk", anchorFrom: 8, anchorTo: 8, body: "  " });
    expect(empty.error?.issues.map((issue) => issue.message)).toEqual(["Write a comment", "The selection is empty"]);
  });
});

describe("locating a comment's quote after edits", () => {
  // Two paragraphs as the editor has them: text starts one position into each paragraph.
  const doc: TextSegment[] = [
    { text: "Arrested in Minsk.", pos: 1 },
    { text: "Taken back to Minsk.", pos: 21 },
  ];

  it("finds the quote where it was", () => {
    expect(locateQuote(doc, "Minsk", { from: 13, to: 18 })).toEqual({ from: 13, to: 18 });
  });

  it("follows the quote when text before it moved it, taking the occurrence nearest the old place", () => {
    expect(locateQuote(doc, "Minsk", { from: 30, to: 35 })).toEqual({ from: 35, to: 40 });
    const edited: TextSegment[] = [{ text: "Yesterday she was arrested in Minsk.", pos: 1 }, doc[1]!];
    expect(locateQuote(edited, "arrested in Minsk", { from: 1, to: 18 })).toEqual({ from: 19, to: 36 });
  });

  it("finds a quote that spans two paragraphs, and a text split into several runs by marks", () => {
    expect(locateQuote(doc, "Minsk.Taken", { from: 13, to: 26 })).toEqual({ from: 13, to: 26 });
    const marked: TextSegment[] = [
      { text: "Arrested in ", pos: 1 },
      { text: "Minsk", pos: 13 },
      { text: ".", pos: 18 },
    ];
    expect(locateQuote(marked, "in Minsk.", { from: 10, to: 19 })).toEqual({ from: 10, to: 19 });
  });

  it("gives null when the quoted text is gone", () => {
    expect(locateQuote(doc, "Grodno", { from: 13, to: 19 })).toBeNull();
    expect(locateQuote([], "Minsk", { from: 1, to: 6 })).toBeNull();
  });
});
