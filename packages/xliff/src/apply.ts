import { type Locale, rebuildDoc, type SegmentInline, segmentText, ZSummary, ZTitle } from "@rightsdesk/domain";
import { decodeSegment, encodeSegment } from "./inline-codes";
import { META } from "./namespaces";
import { type ParsedXliff, type XliffProblem, type XliffResult } from "./parse";
import { namedSourceRevision, sourceDifferences, type SourceRevision } from "./source-match";
import { sourceUnits, SUMMARY_UNIT, TITLE_UNIT, type VersionContent } from "./units";

/** What a file must match: the article, the languages and the source revision it is imported against. */
export type XliffExpectation = {
  articleId: string;
  sourceLocale: Locale;
  targetLocale: Locale;
  sourceRevision: SourceRevision;
  source: VersionContent;
  /**
   * For a file that lost our metadata (a tool that keeps no modules): the revision of the source whose
   * texts its <source> elements are, found with matchSourceRevision, or null if there is none.
   */
  revisionByTexts?: SourceRevision | null;
};

const hasContent = (tree: readonly SegmentInline[]) => segmentText(tree).trim() !== "" || tree.some((item) => item.kind === "atom");

/** A file made from an older source revision: it must be made again, whichever way the revision is known. */
const staleMessage = (how: string, madeFrom: SourceRevision, current: SourceRevision) =>
  `${how} revision ${madeFrom.number} of the source, but the source is now at revision ${current.number}. Export a new file and carry your translations over.`;

function revisionProblems(file: ParsedXliff, expected: XliffExpectation): XliffProblem[] {
  const named = namedSourceRevision(file);
  if (named) {
    return named.id === expected.sourceRevision.id ? [] : [{ where: "file", message: staleMessage("The file was made from", named, expected.sourceRevision) }];
  }
  const found = expected.revisionByTexts;
  if (found?.id === expected.sourceRevision.id) return [];
  const unnamed = "The file does not say which source revision it was made from (the tool that saved it dropped its RightsDesk metadata)";
  if (found) return [{ where: "file", message: staleMessage(`${unnamed}; its source texts are those of`, found, expected.sourceRevision) }];
  return [
    {
      where: "file",
      message: `${unnamed}, and its source texts are those of no revision of the source. The units listed differ from the current source (revision ${expected.sourceRevision.number}): export the file again, or put back the source texts the tool changed.`,
    },
    ...sourceDifferences(file, expected.source),
  ];
}

function fileProblems(file: ParsedXliff, expected: XliffExpectation): XliffProblem[] {
  const problems: string[] = [];
  const articleId = file.meta[META.articleId] ?? file.fileId;
  const otherArticle = file.fileId !== expected.articleId || articleId !== expected.articleId;
  if (otherArticle) problems.push(`This file belongs to another article (id ${articleId}), not to this one. Export this article's own file.`);
  if (file.srcLang !== expected.sourceLocale) problems.push(`The file's source language is "${file.srcLang}", not "${expected.sourceLocale}".`);
  if (file.trgLang !== expected.targetLocale) {
    problems.push(`The file is a translation into "${file.trgLang}", not into "${expected.targetLocale}". Import it on that language's page.`);
  }
  const fileLevel = problems.map((message) => ({ where: "file", message }));
  // Another article's texts differ from this one's everywhere: listing them would bury the problem.
  if (otherArticle && !namedSourceRevision(file)) return fileLevel;
  return [...fileLevel, ...revisionProblems(file, expected)];
}

/**
 * Checks a parsed file against the article and builds the translated version from it: the source
 * structure with every unit's target. Every mismatch is listed, so the sender can fix all at once;
 * nothing is built unless there are none.
 */
export function applyXliff(file: ParsedXliff, expected: XliffExpectation): XliffResult<VersionContent> {
  const fileLevel = fileProblems(file, expected);
  // Unit checks against another article or revision, or texts that differ, would only bury the real problem.
  if (fileLevel.length) return { ok: false, problems: fileLevel };

  const problems: XliffProblem[] = [];
  const units = new Map(file.units.map((unit) => [unit.id, unit]));
  const contents = new Map<string, SegmentInline[]>();
  for (const unit of sourceUnits(expected.source)) {
    const found = units.get(unit.id);
    units.delete(unit.id);
    if (!found) {
      problems.push({ where: unit.id, message: "This unit is missing from the file." });
      continue;
    }
    const { codes } = encodeSegment(unit.content);
    const decoded = decodeSegment(found.target ?? [], codes);
    problems.push(...decoded.problems.map((message) => ({ where: unit.id, message: `The target's ${message}.` })));
    if (!found.target || !hasContent(decoded.tree)) {
      problems.push({ where: unit.id, message: "This unit has no translation (its <target> is missing or empty)." });
      continue;
    }
    contents.set(unit.id, decoded.tree);
  }
  for (const id of units.keys()) problems.push({ where: id, message: "This unit is not part of the article's source revision." });

  const title = ZTitle.safeParse(segmentText(contents.get(TITLE_UNIT) ?? []));
  if (!title.success && contents.has(TITLE_UNIT)) problems.push({ where: TITLE_UNIT, message: title.error.issues[0]?.message ?? "Invalid title" });
  const summary = ZSummary.safeParse(segmentText(contents.get(SUMMARY_UNIT) ?? []));
  if (!summary.success) problems.push({ where: SUMMARY_UNIT, message: summary.error.issues[0]?.message ?? "Invalid summary" });
  if (problems.length || !title.success || !summary.success) return { ok: false, problems };

  const { doc } = rebuildDoc(expected.source.body, contents);
  return { ok: true, value: { title: title.data, summary: summary.data, body: doc } };
}
