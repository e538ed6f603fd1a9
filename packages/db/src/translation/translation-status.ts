import {
  AppError,
  isOutdated,
  isSourceLocale,
  type Locale,
  type RichTextDoc,
  SOURCE_LOCALE,
  sourceMovedOn,
  type Staleness,
  translationStaleness,
  ZRichTextDoc,
} from "@rightsdesk/domain";
import { type Actor, assertAllowed } from "../access/access";
import { db } from "../infra/client";
import { type Revalidating } from "../articles/article-footprint";
import { applyPublication, publicationInclude } from "../workflow/publication";

/** One source revision's text, as a translator compares it. */
export type SourceRevisionText = { id: string; number: number; title: string; summary: string; body: RichTextDoc };

const revisionTextSelect = { id: true, number: true, title: true, summary: true, body: true } as const;
const toRevisionText = (row: { id: string; number: number; title: string; summary: string; body: unknown }): SourceRevisionText => ({
  ...row,
  body: ZRichTextDoc.parse(row.body),
});

const key = (articleId: string, locale: string) => `${articleId}:${locale}`;

/**
 * The staleness of every translation of the given articles, keyed "articleId:locale". Numbers are
 * compared first; texts are loaded only for translations whose source has a newer revision.
 */
export async function translationStalenesses(articleIds: readonly string[]): Promise<Map<string, Staleness>> {
  const versions = await db().articleVersion.findMany({
    where: { articleId: { in: [...articleIds] } },
    select: { articleId: true, locale: true, revision: true, basedOnRevision: { select: { id: true, number: true } } },
  });
  const sourceRevision = new Map(versions.filter((v) => v.locale === SOURCE_LOCALE).map((v) => [v.articleId, v.revision]));
  const result = new Map<string, Staleness>();
  const toCompare = versions.filter((version) => {
    const current = sourceRevision.get(version.articleId);
    if (version.locale === SOURCE_LOCALE || current === undefined) return false;
    const base = version.basedOnRevision;
    if (!base) result.set(key(version.articleId, version.locale), "unknown");
    else if (!sourceMovedOn(base.number, current)) result.set(key(version.articleId, version.locale), "current");
    return base !== null && sourceMovedOn(base.number, current);
  });
  if (toCompare.length === 0) return result;
  const [bases, sources] = await Promise.all([
    db().articleRevision.findMany({ where: { id: { in: toCompare.map((v) => v.basedOnRevision?.id ?? "") } }, select: revisionTextSelect }),
    db().articleVersion.findMany({
      where: { articleId: { in: [...new Set(toCompare.map((v) => v.articleId))] }, locale: SOURCE_LOCALE },
      select: { articleId: true, revision: true, title: true, summary: true, body: true },
    }),
  ]);
  const baseById = new Map(bases.map((row) => [row.id, toRevisionText(row)]));
  const sourceByArticle = new Map(sources.map((row) => [row.articleId, { number: row.revision, content: { ...row, body: ZRichTextDoc.parse(row.body) } }]));
  for (const version of toCompare) {
    const base = version.basedOnRevision && baseById.get(version.basedOnRevision.id);
    const current = sourceByArticle.get(version.articleId);
    if (!current) continue;
    result.set(key(version.articleId, version.locale), translationStaleness(base ? { number: base.number, content: base } : null, current));
  }
  return result;
}

/** Whether one language version is an outdated translation; the source itself never is. */
export function isOutdatedIn(stalenesses: ReadonlyMap<string, Staleness>, articleId: string, locale: Locale): boolean {
  const staleness = stalenesses.get(key(articleId, locale));
  return staleness !== undefined && isOutdated(staleness);
}

export type SourceChanges = {
  staleness: Staleness;
  /** The source revision the translation was made from; null when it records none. */
  base: SourceRevisionText | null;
  current: SourceRevisionText;
};

async function currentSourceRevision(articleId: string): Promise<SourceRevisionText | null> {
  const row = await db().articleRevision.findFirst({
    where: { version: { articleId, locale: SOURCE_LOCALE } },
    orderBy: { number: "desc" },
    select: revisionTextSelect,
  });
  return row && toRevisionText(row);
}

/** What changed in the source since a translation's base revision; null when there is no such translation. */
export async function getSourceChangesSince(articleId: string, locale: Locale): Promise<SourceChanges | null> {
  if (isSourceLocale(locale)) return null;
  const [version, current] = await Promise.all([
    db().articleVersion.findUnique({
      where: { articleId_locale: { articleId, locale } },
      select: { basedOnRevision: { select: revisionTextSelect } },
    }),
    currentSourceRevision(articleId),
  ]);
  if (!version || !current) return null;
  const base = version.basedOnRevision && toRevisionText(version.basedOnRevision);
  const staleness = translationStaleness(base && { number: base.number, content: base }, { number: current.number, content: current });
  return { staleness, base, current };
}

/**
 * Records that a translator reviewed the source up to `expectedSourceRevision`: it becomes the
 * translation's base. If the source changed again meanwhile, the review did not cover that change,
 * so it is refused. Whether readers' outdated notice ends is the publication rule's to say.
 */
export async function markUpToDate(
  articleId: string,
  locale: Locale,
  expectedSourceRevision: number,
  actor: Actor,
): Promise<Revalidating<SourceChanges>> {
  assertAllowed(actor, { kind: "version.edit", locale });
  if (isSourceLocale(locale)) throw new AppError("validation", "The source-language version is never outdated.");
  const revalidate = await db().$transaction(async (tx) => {
    const [version, source] = await Promise.all([
      tx.articleVersion.findUnique({ where: { articleId_locale: { articleId, locale } }, include: publicationInclude }),
      tx.articleVersion.findUnique({ where: { articleId_locale: { articleId, locale: SOURCE_LOCALE } }, select: { id: true, revision: true } }),
    ]);
    if (!version || !source) throw new AppError("not_found", "This translation does not exist yet; save it first.");
    if (source.revision !== expectedSourceRevision) {
      throw new AppError(
        "conflict",
        `The source changed again (it is now at revision ${source.revision}) while you reviewed revision ${expectedSourceRevision}. Reload and review the newer changes too.`,
      );
    }
    const reviewed = await tx.articleRevision.findUniqueOrThrow({
      where: { versionId_number: { versionId: source.id, number: expectedSourceRevision } },
      select: { id: true },
    });
    await tx.articleVersion.update({ where: { id: version.id }, data: { basedOnRevisionId: reviewed.id } });
    return applyPublication(tx, version, "review", { actorId: actor.id, now: new Date(), reviewed: { id: reviewed.id, number: expectedSourceRevision } });
  });
  const changes = await getSourceChangesSince(articleId, locale);
  if (!changes) throw new AppError("not_found", "This translation no longer exists.");
  return { result: changes, revalidate };
}
