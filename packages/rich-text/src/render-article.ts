import { type RichTextDoc, slugify, uniqueSlug } from "@rightsdesk/domain";
import { type Node as PmNode } from "@tiptap/pm/model";
import { domOutputSpecToHTMLString } from "@tiptap/static-renderer/pm/html-string";
import { renderDocument, type RenderRefs } from "./render";
import { type StatementAttrs, statementSpec } from "./statement";
import { hasAllowedProtocol, IMAGE_PROTOCOLS } from "./urls";

export type ArticleHeading = { id: string; level: number; text: string };
/** One entry of the article's numbered list of sources, in the order the statements appear. */
export type ArticleSource = {
  number: number;
  organisation: string;
  date: string;
  /** Null if a stored address is not http(s), so that it is never made a link. */
  url: string | null;
};
export type RenderedArticle = { html: string; headings: ArticleHeading[]; sources: ArticleSource[] };

export type RenderArticleOptions = RenderRefs & {
  /** How a statement's `yyyy-mm-dd` date reads in the page's language; the ISO date by default. */
  formatDate?: (isoDate: string) => string;
};

// The footnotes' own ids; a heading that would slugify to one of them gets another id.
const FOOTNOTE_ID = /^(?:source|ref)-\d+$/;

/** Ids made from heading text: stable while the text stays, unique within the article. */
function headingIdAllocator() {
  const taken = new Set<string>();
  return (text: string): string => {
    const base = slugify(text) || "section";
    const id = uniqueSlug(FOOTNOTE_ID.test(base) ? `${base}-section` : base, taken);
    taken.add(id);
    return id;
  };
}

const join = (children: string | string[] | undefined) => (Array.isArray(children) ? children.join("") : (children ?? ""));

/**
 * The public HTML of an article body, plus what the page builds around it: the headings (with the
 * ids given to them here) for a table of contents, and the statements' sources, numbered in the
 * order they appear, for the list at the end that their footnotes link to.
 */
export function renderArticle(doc: RichTextDoc, options: RenderArticleOptions = {}): RenderedArticle {
  const headings: ArticleHeading[] = [];
  const sources: ArticleSource[] = [];
  const headingId = headingIdAllocator();
  const html = renderDocument(doc, options, {
    heading: ({ node, children }: { node: PmNode; children?: string | string[] }) => {
      const level = Number(node.attrs.level);
      const heading = { id: headingId(node.textContent), level, text: node.textContent };
      headings.push(heading);
      return domOutputSpecToHTMLString([`h${level}`, { id: heading.id }, 0])(join(children));
    },
    statement: ({ node, children }: { node: PmNode; children?: string | string[] }) => {
      const attrs = node.attrs as StatementAttrs;
      const number = sources.length + 1;
      sources.push({
        number,
        organisation: attrs.organisation,
        date: attrs.date,
        url: hasAllowedProtocol(attrs.sourceUrl, IMAGE_PROTOCOLS) ? attrs.sourceUrl : null,
      });
      const dateText = attrs.date && options.formatDate ? options.formatDate(attrs.date) : attrs.date;
      return domOutputSpecToHTMLString(statementSpec(attrs, { dateText, reference: number }))(join(children));
    },
  });
  return { html, headings, sources };
}
