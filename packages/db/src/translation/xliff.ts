import { AppError, type ArticleVersion, isSourceLocale, type Locale, SOURCE_LOCALE, ZRichTextDoc, ZSaveVersionInput } from "@rightsdesk/domain";
import {
  applyXliff,
  exportXliff,
  matchSourceRevision,
  namedSourceRevision,
  type ParsedXliff,
  parseXliff,
  type SourceCandidate,
  type SourceRevision,
  type XliffProblem,
} from "@rightsdesk/xliff";
import { type Actor, assertAllowed } from "../access/access";
import { saveVersion } from "../articles/articles";
import { db } from "../infra/client";
import { type Revalidating } from "../articles/article-footprint";

const sourceOnly = () => new AppError("validation", "XLIFF files are for translations; choose a language other than the source.");

/** The article, its current source revision and the translation in one language, if there is one. */
async function loadForXliff(articleId: string, locale: Locale) {
  const article = await db().article.findUnique({
    where: { id: articleId },
    select: {
      slug: true,
      versions: { where: { locale: { in: [SOURCE_LOCALE, locale] } }, select: { locale: true, title: true, summary: true, body: true } },
    },
  });
  const revision = await db().articleRevision.findFirst({
    where: { version: { articleId, locale: SOURCE_LOCALE } },
    orderBy: { number: "desc" },
    select: { id: true, number: true, title: true, summary: true, body: true },
  });
  if (!article || !revision) throw new AppError("not_found", "This article does not exist (it may have been deleted).");
  const translation = article.versions.find((version) => version.locale === locale);
  return {
    slug: article.slug,
    // The revision, not the version row, so that the text and the revision id named in the file agree.
    sourceRevision: { id: revision.id, number: revision.number },
    source: { title: revision.title, summary: revision.summary, body: ZRichTextDoc.parse(revision.body) },
    translation: translation ? { title: translation.title, summary: translation.summary, body: ZRichTextDoc.parse(translation.body) } : null,
  };
}

/** An XLIFF 2.0 file of the current source with the translation's aligned text as targets, and a file name for it. */
export async function exportVersionXliff(articleId: string, locale: Locale): Promise<{ filename: string; xml: string }> {
  if (isSourceLocale(locale)) throw sourceOnly();
  const loaded = await loadForXliff(articleId, locale);
  const xml = exportXliff({ articleId, sourceLocale: SOURCE_LOCALE, targetLocale: locale, ...loaded });
  return { filename: `${loaded.slug}.r${loaded.sourceRevision.number}.${SOURCE_LOCALE}-${locale}.xlf`, xml };
}

/** Older revisions of the source are read this many at a time: a long-edited article has hundreds. */
const REVISION_PAGE = 20;

/**
 * The revision of the source whose texts a file's <source> elements are, for a file that lost our
 * metadata: the current one, or else the newest older one (read page by page, newest first, only as
 * far as needed); null when its texts are no revision's.
 */
async function findRevisionByTexts(articleId: string, file: ParsedXliff, current: SourceCandidate): Promise<SourceRevision | null> {
  if (matchSourceRevision(file, [current])) return current.revision;
  let below = current.revision.number;
  for (;;) {
    const page = await db().articleRevision.findMany({
      where: { version: { articleId, locale: SOURCE_LOCALE }, number: { lt: below } },
      orderBy: { number: "desc" },
      take: REVISION_PAGE,
      select: { id: true, number: true, title: true, summary: true, body: true },
    });
    const candidates = page.map(({ id, number, title, summary, body }) => ({ revision: { id, number }, content: { title, summary, body: ZRichTextDoc.parse(body) } }));
    const found = matchSourceRevision(file, candidates);
    const last = page.at(-1);
    if (found || !last || page.length < REVISION_PAGE) return found;
    below = last.number;
  }
}

/** Every problem of a refused file, one entry per place ("file" or a unit id), for the person to fix at once. */
function refused(problems: readonly XliffProblem[]): AppError {
  const fields: Record<string, string> = {};
  for (const { where, message } of problems) fields[where] = fields[where] ? `${fields[where]} ${message}` : message;
  const count = problems.length === 1 ? "1 problem" : `${problems.length} problems`;
  return new AppError("validation", `The XLIFF file was not imported (${count}); nothing was changed.`, fields);
}

/**
 * Imports a translated XLIFF file as a new revision of the translation. The save goes through
 * saveVersion, so an import based on a revision someone has since replaced is a conflict like any
 * save; the file's source revision (checked to be the current one) becomes the translation's base.
 * A file that a tool saved without our metadata is matched to a source revision by its texts.
 */
export async function importVersionXliff(
  articleId: string,
  locale: Locale,
  xml: string,
  baseRevision: number,
  actor: Actor,
): Promise<Revalidating<ArticleVersion>> {
  assertAllowed(actor, { kind: "version.edit", locale });
  if (isSourceLocale(locale)) throw sourceOnly();
  const parsed = parseXliff(xml);
  if (!parsed.ok) throw refused(parsed.problems);
  const loaded = await loadForXliff(articleId, locale);
  const file = parsed.value;
  // Only a file without our metadata is matched by its texts, and only against its own article's revisions.
  const byTexts = !namedSourceRevision(file) && file.fileId === articleId;
  const applied = applyXliff(file, {
    articleId,
    sourceLocale: SOURCE_LOCALE,
    targetLocale: locale,
    sourceRevision: loaded.sourceRevision,
    source: loaded.source,
    revisionByTexts: byTexts ? await findRevisionByTexts(articleId, file, { revision: loaded.sourceRevision, content: loaded.source }) : null,
  });
  if (!applied.ok) throw refused(applied.problems);
  const { result: saved, revalidate } = await saveVersion(articleId, locale, ZSaveVersionInput.parse({ ...applied.value, baseRevision }), actor);
  await db().articleVersion.update({ where: { id: saved.id }, data: { basedOnRevisionId: loaded.sourceRevision.id } });
  return { result: { ...saved, basedOnRevisionId: loaded.sourceRevision.id }, revalidate };
}
