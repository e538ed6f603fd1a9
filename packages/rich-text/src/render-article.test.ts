import { type RichTextDoc, type RichTextNode } from "@rightsdesk/domain";
import { describe, expect, it } from "vitest";
import { renderArticle } from "./render-article";

const text = (value: string) => [{ type: "text", text: value }];
const heading = (level: number, value: string): RichTextNode => ({ type: "heading", attrs: { level }, content: text(value) });
const paragraph = (value: string): RichTextNode => ({ type: "paragraph", content: text(value) });
const statement = (organisation: string, sourceUrl: string, date = ""): RichTextNode => ({
  type: "statement",
  attrs: { organisation, organisationId: null, date, sourceUrl },
  content: [paragraph(`Statement by ${organisation}`)],
});
const doc = (...content: RichTextNode[]): RichTextDoc => ({ type: "doc", content });

describe("renderArticle", () => {
  it("numbers statements in order, links each to its source and collects the sources", () => {
    const { html, sources } = renderArticle(
      doc(
        paragraph("Intro"),
        statement("Amnesty International", "https://amnesty.org/s", "2024-01-15"),
        statement("Human Rights Watch", "https://hrw.org/s"),
      ),
    );
    expect(html).toContain(
      '<figure class="statement"><blockquote cite="https://amnesty.org/s"><p>Statement by Amnesty International</p></blockquote>' +
        '<figcaption>— <cite>Amnesty International</cite>, <time datetime="2024-01-15">2024-01-15</time> ' +
        '<sup><a href="#source-1" id="ref-1" aria-label="Source 1">1</a></sup></figcaption></figure>',
    );
    expect(html).toContain('<a href="#source-2" id="ref-2" aria-label="Source 2">2</a>');
    expect(sources).toEqual([
      { number: 1, organisation: "Amnesty International", date: "2024-01-15", url: "https://amnesty.org/s" },
      { number: 2, organisation: "Human Rights Watch", date: "", url: "https://hrw.org/s" },
    ]);
  });

  it("writes the statement's date as the page's language reads it, keeping the ISO date for machines", () => {
    const { html } = renderArticle(doc(statement("ODF", "https://odf.eu", "2024-01-15")), {
      formatDate: (iso) => new Intl.DateTimeFormat("de", { dateStyle: "long", timeZone: "UTC" }).format(new Date(iso)),
    });
    expect(html).toContain('<time datetime="2024-01-15">15. Januar 2024</time>');
  });

  it("never makes a link of a stored source address that is not http(s)", () => {
    const { html, sources } = renderArticle(doc(statement("X", "javascript:alert(1)")));
    expect(sources[0]?.url).toBeNull();
    expect(html).not.toContain("javascript:");
  });

  it("gives headings ids from their text, transliterated and unique, and lists them", () => {
    const { html, headings } = renderArticle(
      doc(heading(2, "Арест во Франции"), paragraph("…"), heading(3, "Appeal"), heading(2, "Appeal"), heading(2, "Source 1"), heading(2, "!!!")),
    );
    expect(headings).toEqual([
      { id: "arest-vo-frantsii", level: 2, text: "Арест во Франции" },
      { id: "appeal", level: 3, text: "Appeal" },
      { id: "appeal-2", level: 2, text: "Appeal" },
      { id: "source-1-section", level: 2, text: "Source 1" },
      { id: "section", level: 2, text: "!!!" },
    ]);
    expect(html).toContain('<h2 id="arest-vo-frantsii">Арест во Франции</h2>');
    expect(html).toContain('<h3 id="appeal">Appeal</h3>');
  });

  it("gives the same ids every time the same document is rendered", () => {
    const body = doc(heading(2, "Timeline"), heading(2, "Timeline"));
    expect(renderArticle(body).headings).toEqual(renderArticle(body).headings);
  });

  it("keeps marks inside headings and escapes heading text", () => {
    const { html } = renderArticle(doc({ type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "<b>Bold</b>", marks: [{ type: "italic" }] }] }));
    expect(html).toBe('<h2 id="b-bold-b"><em>&lt;b&gt;Bold&lt;/b&gt;</em></h2>');
  });

  it("collects nothing from an article without headings or statements", () => {
    expect(renderArticle(doc(paragraph("Plain")))).toEqual({ html: "<p>Plain</p>", headings: [], sources: [] });
  });
});
