import { type Locale, rebuildDoc, type SegmentInline, segmentText, ZSummary, ZTitle } from "@rightsdesk/domain";
import { decodeSegment, encodeSegment } from "./inline-codes";
import { META } from "./namespaces";
import { type ParsedXliff, type XliffProblem, type XliffResult } from "./parse";
import { sourceUnits, SUMMARY_UNIT, TITLE_UNIT, type VersionContent } from "./units";

/** What a file must match: the article, the languages and the source revision it is imported against. */
export type XliffExpectation = {
  articleId: string;
  sourceLocale: Locale;
  targetLocale: Locale;
  sourceRevision: { number: number; id: string };
  source: VersionContent;
};

const hasContent = (tree: readonly SegmentInline[]) => segmentText(tree).trim() !== "" || tree.some((item) => item.kind === "atom");

function fileProblems(file: ParsedXliff, expected: XliffExpectation): XliffProblem[] {
  const problems: string[] = [];
  const articleId = file.meta[META.articleId] ?? file.fileId;
  if (file.fileId !== expected.articleId || articleId !== expected.articleId) {
    problems.push(`This file belongs to another article (id ${articleId}), not to this one. Export this article's own file.`);
  }
  if (file.srcLang !== expected.sourceLocale) problems.push(`The file's source language is "${file.srcLang}", not "${expected.sourceLocale}".`);
  if (file.trgLang !== expected.targetLocale) {
    problems.push(`The file is a translation into "${file.trgLang}", not into "${expected.targetLocale}". Import it on that language's page.`);
  }
  const revisionId = file.meta[META.sourceRevisionId];
  if (!revisionId) {
    problems.push("The file does not say which source revision it was made from (its RightsDesk metadata is missing). Export the file again.");
  } else if (revisionId !== expected.sourceRevision.id) {
    const number = file.meta[META.sourceRevision] ?? "?";
    problems.push(
      `The file was made from revision ${number} of the source, but the source is now at revision ${expected.sourceRevision.number}. Export a new file and carry your translations over.`,
    );
  }
  return problems.map((message) => ({ where: "file", message }));
}

/**
 * Checks a parsed file against the article and builds the translated version from it: the source
 * structure with every unit's target. Every mismatch is listed, so the sender can fix all at once;
 * nothing is built unless there are none.
 */
export function applyXliff(file: ParsedXliff, expected: XliffExpectation): XliffResult<VersionContent> {
  const fileLevel = fileProblems(file, expected);
  // Unit checks against another article or revision would only bury the real problem.
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
