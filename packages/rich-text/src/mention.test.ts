import { AppError, type RichTextDoc, type RichTextNode } from "@rightsdesk/domain";
import { describe, expect, it } from "vitest";
import { parseRichText } from "./parse";
import { renderRichText } from "./render";

const mention = (attrs: Record<string, string>): RichTextNode => ({ type: "mention", attrs });
const doc = (...inline: RichTextNode[]): RichTextDoc => ({ type: "doc", content: [{ type: "paragraph", content: inline }] });
const ablyazov = mention({ id: "p1", kind: "person", label: "Mukhtar Ablyazov" });
const kappa = mention({ id: "p2", kind: "person", label: "Confidential Source Kappa" });

describe("mentions in parseRichText", () => {
  it("accepts a mention of a person, a case or an organisation", () => {
    const body = doc(ablyazov, { type: "text", text: " and " }, mention({ id: "c1", kind: "case", label: "Extradition" }), mention({ id: "o1", kind: "organisation", label: "HRW" }));
    expect(parseRichText(body)).toEqual(body);
  });

  it.each([
    ["without an id", { kind: "person", label: "Someone" }, "by its id"],
    ["with an empty id", { id: "", kind: "person", label: "Someone" }, "by its id"],
    ["of an unknown kind", { id: "t1", kind: "tag", label: "Austria" }, 'not "tag"'],
    ["without a kind", { id: "p1", label: "Someone" }, "a person, a case or an organisation"],
  ])("refuses a mention %s", (_label, attrs, message) => {
    expect(() => parseRichText(doc(mention(attrs)))).toThrow(AppError);
    expect(() => parseRichText(doc(mention(attrs)))).toThrow(message);
  });
});

describe("mentions in renderRichText", () => {
  const refs = {
    mentions: new Map([
      ["person:p1", { label: "Moukhtar Abliazov", href: "/fr/people/mukhtar-ablyazov" }],
      ["organisation:o1", { label: "Human Rights Watch", href: null }],
    ]),
    withheldLabel: "[nom masqué]",
  };

  it("links a mention to the record's page under its current name, not the stored label", () => {
    const html = renderRichText(doc(ablyazov), refs);
    expect(html).toBe('<p><a class="mention" href="/fr/people/mukhtar-ablyazov">Moukhtar Abliazov</a></p>');
  });

  it("shows a record without a page as text", () => {
    expect(renderRichText(doc(mention({ id: "o1", kind: "organisation", label: "HRW" })), refs)).toBe('<p><span class="mention">Human Rights Watch</span></p>');
  });

  it("withholds a mention the page cannot resolve (internal, deleted), without its stored label anywhere", () => {
    const html = renderRichText(doc(kappa), refs);
    expect(html).toBe('<p><span class="mention mention-withheld">[nom masqué]</span></p>');
    expect(renderRichText(doc(kappa))).not.toContain("Kappa");
  });

  it("drops a link to an address that is not allowed and escapes the name", () => {
    const unsafe = { mentions: new Map([["person:p1", { label: "<b>x</b>", href: "javascript:alert(1)" }]]) };
    const html = renderRichText(doc(ablyazov), unsafe);
    expect(html).not.toContain("javascript:");
    expect(html).toContain("&lt;b&gt;x&lt;/b&gt;");
  });
});
