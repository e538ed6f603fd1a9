import { AppError, carryBases, LOCALES, type Tag, type TagFootprint, type TagInput, tagSlug } from "@rightsdesk/domain";
import { db, type Db, type Tx } from "../infra/client";
import { tagSelect, toTag, toTranslatedLabels } from "../mappers";

export async function listTags(): Promise<Tag[]> {
  const rows = await db().tag.findMany({ select: tagSelect, orderBy: [{ kind: "asc" }, { slug: "asc" }] });
  return rows.map(toTag);
}

export async function getTagBySlug(slug: string): Promise<Tag | null> {
  const row = await db().tag.findUnique({ where: { slug }, select: tagSelect });
  return row ? toTag(row) : null;
}

/**
 * Creates the tag or replaces the labels of the one with the same slug; a translated label the
 * replacement leaves as it was keeps the English it was made from.
 */
export async function upsertTag(input: TagInput): Promise<Tag> {
  const slug = tagSlug(input);
  const countryCode = input.kind === "country" ? input.countryCode : null;
  return db().$transaction(async (tx) => {
    const stored = await tx.tagLabel.findMany({ where: { tag: { slug } }, select: { locale: true, label: true, sourceText: true } });
    const bases = carryBases([toTranslatedLabels(stored)], input.labels);
    const labels = LOCALES.flatMap((locale) => {
      const label = input.labels[locale];
      return label ? [{ locale, label, sourceText: bases[locale] ?? null }] : [];
    });
    const row = await tx.tag.upsert({
      where: { slug },
      create: { slug, kind: input.kind, countryCode, labels: { create: labels } },
      update: { kind: input.kind, countryCode, labels: { deleteMany: {}, create: labels } },
      select: tagSelect,
    });
    return toTag(row);
  });
}

/** What readers see of a tag, read in the transaction `tx` that changes it; null when it does not exist. */
export async function getTagFootprint(tagId: string, tx: Db | Tx = db()): Promise<TagFootprint | null> {
  const tag = await tx.tag.findUnique({ where: { id: tagId }, select: { slug: true, articles: { select: { article: { select: { slug: true } } } } } });
  return tag && { slug: tag.slug, articleSlugs: tag.articles.map((link) => link.article.slug) };
}

/** Refuses the whole list if any id is not a tag, naming the unknown ones. */
export async function assertTagsExist(tagIds: readonly string[]): Promise<void> {
  const unique = [...new Set(tagIds)];
  const found = await db().tag.findMany({ where: { id: { in: unique } }, select: { id: true } });
  const known = new Set(found.map((tag) => tag.id));
  const unknown = unique.filter((id) => !known.has(id));
  if (unknown.length) throw new AppError("validation", `Unknown tag: ${unknown.join(", ")}`);
}
