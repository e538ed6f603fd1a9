import { type Attribute, Node } from "@tiptap/core";
import { type DOMOutputSpec } from "@tiptap/pm/model";
import { z } from "zod";
import { hasAllowedProtocol, IMAGE_PROTOCOLS } from "./urls";

// A source is a web page: the same protocols as an image address.
const isHttpAddress = (url: string) => hasAllowedProtocol(url, IMAGE_PROTOCOLS);

/** `yyyy-mm-dd` that names a real calendar day (no 2024-02-30). */
function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** What a statement says about itself: who said it, when, and where readers can check it. */
export const ZStatementAttrs = z.object({
  organisation: z.string().trim().min(1, "Name the organisation that made the statement").max(200, "Organisation must be at most 200 characters"),
  /** The organisation in the registry, when it is one; free text otherwise. */
  organisationId: z.string().min(1).nullable(),
  date: z.union([z.literal(""), z.string().refine(isCalendarDate, "Date must be a real day written as yyyy-mm-dd")]),
  sourceUrl: z.string().trim().refine(isHttpAddress, "Source must be an http:// or https:// address"),
});
export type StatementAttrs = z.infer<typeof ZStatementAttrs>;

/** A person-readable reason why these attributes cannot be stored, or null if they can. */
export function statementProblem(attrs: unknown): string | null {
  const parsed = ZStatementAttrs.safeParse(attrs);
  return parsed.success ? null : `Statement: ${parsed.error.issues[0]?.message ?? "invalid attributes"}`;
}

type SpecOptions = {
  /** The date as readers see it; the machine-readable one goes in `datetime`. */
  dateText: string;
  /** The footnote number that links the statement to its entry in the article's list of sources. */
  reference?: number;
  figureAttrs?: Record<string, unknown>;
  captionAttrs?: Record<string, string>;
};

/**
 * The figure of a statement, shared by the editor's view and the public page so both show the same
 * thing. A stored address that is not http(s) is left out rather than shown.
 */
export function statementSpec(attrs: StatementAttrs, options: SpecOptions): DOMOutputSpec {
  // Strings are text nodes inside a spec, but not specs of their own.
  const caption: (string | DOMOutputSpec)[] = ["— ", ["cite", {}, attrs.organisation]];
  if (attrs.date) caption.push(", ", ["time", { datetime: attrs.date }, options.dateText]);
  if (options.reference !== undefined) {
    const n = String(options.reference);
    caption.push(" ", ["sup", {}, ["a", { href: `#source-${n}`, id: `ref-${n}`, "aria-label": `Source ${n}` }, n]]);
  }
  return [
    "figure",
    { ...options.figureAttrs, class: "statement" },
    ["blockquote", isHttpAddress(attrs.sourceUrl) ? { cite: attrs.sourceUrl } : {}, 0],
    ["figcaption", options.captionAttrs ?? {}, ...caption],
  ];
}

declare module "@tiptap/core" {
  interface Commands<ReturnType> {
    statement: {
      /** Inserts a statement with the quoted text, one paragraph per non-empty line. */
      insertStatement: (attrs: StatementAttrs, text: string) => ReturnType;
    };
  }
}

const dataAttribute = (name: string): Partial<Attribute> => ({
  parseHTML: (element) => element.getAttribute(`data-${name}`) ?? "",
  renderHTML: (attrs: Record<string, unknown>) => ({ [`data-${name}`]: attrs[name] }),
});

/** A quoted statement by an organisation: rendered as a blockquote with a cite and a numbered source. */
export const Statement = Node.create({
  name: "statement",
  group: "block",
  content: "paragraph+",
  defining: true,

  addAttributes() {
    return {
      organisation: { default: "", ...dataAttribute("organisation") },
      organisationId: {
        default: null,
        parseHTML: (element) => element.getAttribute("data-organisation-id") || null,
        renderHTML: (attrs) => (attrs.organisationId ? { "data-organisation-id": attrs.organisationId } : {}),
      },
      date: { default: "", ...dataAttribute("date") },
      sourceUrl: { default: "", ...dataAttribute("source-url") },
    };
  },

  parseHTML() {
    return [{ tag: "figure.statement", contentElement: "blockquote" }];
  },

  renderHTML({ node, HTMLAttributes }) {
    const attrs = node.attrs as StatementAttrs;
    // The data attributes carry the statement through copy and paste; the caption is not text to edit.
    return statementSpec(attrs, { dateText: attrs.date, figureAttrs: HTMLAttributes, captionAttrs: { contenteditable: "false" } });
  },

  addCommands() {
    return {
      insertStatement:
        (attrs, text) =>
        ({ commands }) => {
          const lines = text.split(/\n+/).map((line) => line.trim()).filter(Boolean);
          const paragraphs = (lines.length ? lines : [""]).map((line) =>
            line ? { type: "paragraph", content: [{ type: "text", text: line }] } : { type: "paragraph" },
          );
          return commands.insertContent({ type: this.name, attrs, content: paragraphs });
        },
    };
  },
});
