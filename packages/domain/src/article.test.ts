import { describe, expect, it } from "vitest";
import {
  shownLocale,
  SUMMARY_MAX_LENGTH,
  TITLE_MAX_LENGTH,
  ZChangeSlugInput,
  ZCreateArticleInput,
  ZPage,
  ZSaveVersionInput,
  ZSetTagsInput,
} from "./article";
import { EMPTY_DOC, type RichTextDoc } from "./rich-text";

const body: RichTextDoc = {
  type: "doc",
  content: [{ type: "paragraph", content: [{ type: "text", text: "Ablyazov was arrested in France on 31 July 2013." }] }],
};

/** The messages of a failed parse by field, so that each test can say which field failed and why. */
function fieldErrors(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return (result.error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]);
}

describe("ZCreateArticleInput", () => {
  it("fills in an empty summary and slug", () => {
    expect(ZCreateArticleInput.parse({ title: "Meeting in Paris" })).toEqual({ title: "Meeting in Paris", summary: "", slug: "" });
  });

  it("trims the title and the summary and keeps a valid slug", () => {
    expect(ZCreateArticleInput.parse({ title: "  Meeting in Paris ", summary: " Short. ", slug: "paris-meeting" })).toEqual({
      title: "Meeting in Paris",
      summary: "Short.",
      slug: "paris-meeting",
    });
  });

  it.each([[""], ["   "], [undefined]])("requires a title (%j)", (title) => {
    expect(fieldErrors(ZCreateArticleInput.safeParse({ title }))).toEqual([["title", "Title is required"]]);
  });

  it("limits the title", () => {
    expect(ZCreateArticleInput.safeParse({ title: "t".repeat(TITLE_MAX_LENGTH) }).success).toBe(true);
    expect(fieldErrors(ZCreateArticleInput.safeParse({ title: "t".repeat(TITLE_MAX_LENGTH + 1) }))).toEqual([
      ["title", `Title must be at most ${TITLE_MAX_LENGTH} characters`],
    ]);
  });

  it("counts the limits after trimming", () => {
    expect(ZCreateArticleInput.safeParse({ title: `  ${"t".repeat(TITLE_MAX_LENGTH)}  ` }).success).toBe(true);
  });

  it("limits the summary", () => {
    expect(ZCreateArticleInput.safeParse({ title: "T", summary: "s".repeat(SUMMARY_MAX_LENGTH) }).success).toBe(true);
    expect(fieldErrors(ZCreateArticleInput.safeParse({ title: "T", summary: "s".repeat(SUMMARY_MAX_LENGTH + 1) }))).toEqual([
      ["summary", `Summary must be at most ${SUMMARY_MAX_LENGTH} characters`],
    ]);
  });

  it("refuses a bad slug with the slug's message", () => {
    expect(fieldErrors(ZCreateArticleInput.safeParse({ title: "T", slug: "Paris Meeting" }))).toEqual([
      ["slug", "Slug may contain only lowercase latin letters, digits and single hyphens"],
    ]);
  });
});

describe("ZSaveVersionInput", () => {
  const valid = { title: "Встреча в Париже", summary: "Кратко.", body, baseRevision: 3 };

  it("accepts a save", () => {
    expect(ZSaveVersionInput.parse(valid)).toEqual(valid);
    expect(ZSaveVersionInput.parse({ ...valid, summary: "", body: EMPTY_DOC, baseRevision: 0 })).toEqual({
      ...valid,
      summary: "",
      body: EMPTY_DOC,
      baseRevision: 0,
    });
  });

  it("requires a title", () => {
    expect(fieldErrors(ZSaveVersionInput.safeParse({ ...valid, title: " " }))).toEqual([["title", "Title is required"]]);
  });

  it("limits the title and the summary", () => {
    expect(fieldErrors(ZSaveVersionInput.safeParse({ ...valid, title: "т".repeat(TITLE_MAX_LENGTH + 1) }))).toEqual([
      ["title", `Title must be at most ${TITLE_MAX_LENGTH} characters`],
    ]);
    expect(fieldErrors(ZSaveVersionInput.safeParse({ ...valid, summary: "с".repeat(SUMMARY_MAX_LENGTH + 1) }))).toEqual([
      ["summary", `Summary must be at most ${SUMMARY_MAX_LENGTH} characters`],
    ]);
  });

  it("requires a summary field, even an empty one", () => {
    const { summary: _summary, ...withoutSummary } = valid;
    expect(ZSaveVersionInput.safeParse(withoutSummary).success).toBe(false);
  });

  it.each([
    ["a string", "<p>hello</p>"],
    ["null", null],
    ["an array", [body]],
  ])("refuses a body that is %s, saying it must be a document", (_label, badBody) => {
    expect(fieldErrors(ZSaveVersionInput.safeParse({ ...valid, body: badBody }))).toEqual([["body", "Body must be a Tiptap document"]]);
  });

  it.each([
    ["a paragraph instead of a document", { type: "paragraph", content: [] }],
    ["a document without content", { type: "doc" }],
    ["a node without a type", { type: "doc", content: [{ content: [] }] }],
    ["text that is not a string", { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: 5 }] }] }],
  ])("refuses a body of the wrong shape: %s", (_label, badBody) => {
    const result = ZSaveVersionInput.safeParse({ ...valid, body: badBody });
    expect(result.success).toBe(false);
    expect(result.error?.issues.every((issue) => issue.path[0] === "body")).toBe(true);
  });

  it.each([[-1], [1.5], ["3"], [undefined], [Number.NaN]])("refuses the base revision %j", (baseRevision) => {
    const result = ZSaveVersionInput.safeParse({ ...valid, baseRevision });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toEqual(["baseRevision"]);
  });
});

describe("ZChangeSlugInput", () => {
  it.each([["Has Capitals"], ["spaces in it"], ["-leading"], [""]])("refuses the malformed slug %j with a message for the field", (bad) => {
    const issue = ZChangeSlugInput.safeParse({ slug: bad }).error?.issues[0];
    expect(issue).toMatchObject({ path: ["slug"], message: expect.any(String) });
  });
});

describe("ZSetTagsInput", () => {
  it("takes up to 50 tag ids", () => {
    expect(ZSetTagsInput.parse({ tagIds: [] })).toEqual({ tagIds: [] });
    const fifty = Array.from({ length: 50 }, (_, i) => `tag-${i}`);
    expect(ZSetTagsInput.safeParse({ tagIds: fifty }).success).toBe(true);
    expect(ZSetTagsInput.safeParse({ tagIds: [...fifty, "one-more"] }).error?.issues[0]?.message).toBe("At most 50 tags per article");
    expect(ZSetTagsInput.safeParse({ tagIds: [""] }).success).toBe(false);
  });
});

describe("ZPage", () => {
  it.each([
    ["2", 2],
    [3, 3],
    ["0", 1],
    ["-4", 1],
    ["1.5", 1],
    ["abc", 1],
    [undefined, 1],
  ])("reads the page %j as %d", (input, expected) => {
    expect(ZPage.parse(input)).toBe(expected);
  });
});

describe("shownLocale", () => {
  it("shows the requested language when it is published", () => {
    expect(shownLocale("ru", ["en", "ru"])).toBe("ru");
  });

  it("falls back to the source, else to the first published language", () => {
    expect(shownLocale("pl", ["en", "ru"])).toBe("en");
    expect(shownLocale("de", ["uk", "ru"])).toBe("ru");
  });

  it("is null when nothing is published", () => {
    expect(shownLocale("en", [])).toBeNull();
  });
});
