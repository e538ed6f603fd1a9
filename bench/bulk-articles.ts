import { db } from "@rightsdesk/db/client";
import { LOCALES } from "@rightsdesk/domain";

/**
 * Adds `count` published articles, each in every language, as copies of one seeded article (its
 * English text, tags and author), so pages and listings are measured on a site of realistic size.
 * Plain SQL over generate_series: thousands of rows in seconds, where one save each would take minutes.
 */
export async function addPublishedCopies(templateSlug: string, count: number): Promise<void> {
  const template = await db().article.findUniqueOrThrow({ where: { slug: templateSlug }, select: { id: true } });
  await db().$executeRaw`
    INSERT INTO "Article" (id, slug, "authorId", "createdAt", "updatedAt")
    SELECT 'bench-a-' || g, 'bench-copy-' || g, a."authorId", now(), now()
    FROM "Article" a, generate_series(1, ${count}::int) g WHERE a.id = ${template.id}`;
  await db().$executeRaw`
    INSERT INTO "ArticleTag" ("articleId", "tagId")
    SELECT 'bench-a-' || g, t."tagId" FROM "ArticleTag" t, generate_series(1, ${count}::int) g WHERE t."articleId" = ${template.id}`;
  for (const locale of LOCALES) {
    await db().$executeRaw`
      INSERT INTO "ArticleVersion" (id, "articleId", locale, title, summary, body, status, "publishedAt", revision, "updatedAt")
      SELECT 'bench-v-' || g || '-' || ${locale}, 'bench-a-' || g, ${locale}, v.title || ' (' || g || ')', v.summary, v.body,
             'published', now() - g * interval '1 hour', 1, now()
      FROM "ArticleVersion" v, generate_series(1, ${count}::int) g WHERE v."articleId" = ${template.id} AND v.locale = 'en'`;
    await db().$executeRaw`
      INSERT INTO "ArticleRevision" (id, "versionId", number, title, summary, body, "authorId")
      SELECT 'bench-r-' || v.id, v.id, 1, v.title, v.summary, v.body, a."authorId"
      FROM "ArticleVersion" v JOIN "Article" a ON a.id = v."articleId" WHERE v.id LIKE 'bench-v-%' AND v.locale = ${locale}`;
  }
  await db().$executeRaw`UPDATE "ArticleVersion" SET "publishedRevisionId" = 'bench-r-' || id WHERE id LIKE 'bench-v-%'`;
}
