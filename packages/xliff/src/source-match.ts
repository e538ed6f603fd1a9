import { canonicalJson } from "@rightsdesk/domain";
import { encodeSegment, type XliffInline } from "./inline-codes";
import { META } from "./namespaces";
import { type ParsedXliff, type XliffProblem } from "./parse";
import { sourceUnits, type VersionContent } from "./units";

/** A revision of the source version, as the file's metadata names it. */
export type SourceRevision = { number: number; id: string };
/** A revision of the source with its text: what a file that lost our metadata is matched against. */
export type SourceCandidate = { revision: SourceRevision; content: VersionContent };

/** The source revision named in the file's RightsDesk metadata; null when a tool dropped or broke it. */
export function namedSourceRevision(file: ParsedXliff): SourceRevision | null {
  const id = file.meta[META.sourceRevisionId];
  const number = Number(file.meta[META.sourceRevision]);
  return id && Number.isInteger(number) ? { id, number } : null;
}

/**
 * What a unit's source says, whitespace aside: tools re-indent files whose whitespace is not
 * marked as preserved, and a space more or less does not make another text.
 */
function comparable(content: readonly XliffInline[]): string {
  type Token = string | { ph: string } | { pc: string; content: Token[] };
  const strip = (items: readonly XliffInline[]): Token[] =>
    items.reduce<Token[]>((tokens, item) => {
      if (item.kind !== "text") tokens.push(item.kind === "ph" ? { ph: item.id } : { pc: item.id, content: strip(item.content) });
      else if (typeof tokens.at(-1) === "string") tokens[tokens.length - 1] += item.text.replace(/\s+/g, "");
      else tokens.push(item.text.replace(/\s+/g, ""));
      return tokens;
    }, []).filter((token) => token !== "");
  return canonicalJson(strip(content));
}

const plainText = (content: readonly XliffInline[]): string =>
  content
    .map((item) => (item.kind === "text" ? item.text : item.kind === "pc" ? plainText(item.content) : ""))
    .join("")
    .replace(/\s+/g, " ")
    .trim();

/** The two texts from a little before the first place they differ, so that a person sees what changed. */
function whereTheyDiffer(file: string, source: string): string {
  let start = 0;
  while (start < file.length && file[start] === source[start]) start++;
  // From the start of a word a little before: both texts are the same up to `start`.
  const from = start > 20 ? file.lastIndexOf(" ", start - 20) + 1 : 0;
  const excerpt = (text: string) => `“${from ? "…" : ""}${text.slice(from, from + 60)}${text.length > from + 60 ? "…" : ""}”`;
  return `The file's source reads ${excerpt(file)} where the article's reads ${excerpt(source)}.`;
}

/**
 * How the file's <source> elements differ from the units of a source text: one problem per unit
 * that reads otherwise, is missing from the file, or is not in the source. Empty when they match.
 */
export function sourceDifferences(file: ParsedXliff, source: VersionContent): XliffProblem[] {
  const inFile = new Map(file.units.map((unit) => [unit.id, unit.source]));
  const problems: XliffProblem[] = [];
  for (const unit of sourceUnits(source)) {
    const fileSource = inFile.get(unit.id);
    inFile.delete(unit.id);
    if (!fileSource) {
      problems.push({ where: unit.id, message: "This unit of the source is missing from the file." });
      continue;
    }
    const { content } = encodeSegment(unit.content);
    if (comparable(fileSource) === comparable(content)) continue;
    const [fileText, sourceText] = [plainText(fileSource), plainText(content)];
    problems.push({
      where: unit.id,
      message:
        fileText.replace(/\s/g, "") === sourceText.replace(/\s/g, "")
          ? "The inline codes (<pc>, <ph>) of the file's source are not the article's."
          : whereTheyDiffer(fileText, sourceText),
    });
  }
  for (const id of inFile.keys()) problems.push({ where: id, message: "The source has no such unit." });
  return problems;
}

/**
 * For a file without our metadata: the first of `candidates` (revisions of the source, newest
 * first) whose units its <source> elements equal. Revisions with the same texts are one text for
 * the file, so the newest of them is the answer; null when the file's texts are no revision's.
 */
export function matchSourceRevision(file: ParsedXliff, candidates: readonly SourceCandidate[]): SourceRevision | null {
  return candidates.find((candidate) => sourceDifferences(file, candidate.content).length === 0)?.revision ?? null;
}
