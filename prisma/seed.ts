// Demo content: users for each role, country and topic tags, and articles from the foundation's news.
// Safe to run again: everything is found by its email or slug and only what is missing is created.
import { type Locale, tagSlug, ZCredentials, ZRole, ZSaveVersionInput, ZTagInput } from "@rightsdesk/domain";
import { db, upsertTag, upsertUser } from "@rightsdesk/db";
import { z } from "zod";
import demoUsers from "./demo-users.json" with { type: "json" };
import { seedArticles, seedTags } from "./seed-content";
import { seedRegistry } from "./seed-registry";

// Demo accounts for a local install; the start command prints them. Not for a server anyone else can reach.
const { password: DEMO_PASSWORD, users: DEMO_USERS } = z
  .object({
    password: z.string(),
    users: z.array(z.object({ email: ZCredentials.shape.email, name: z.string(), role: ZRole })),
  })
  .parse(demoUsers);

async function seedUsers(): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const user of DEMO_USERS) {
    const existing = await db().user.findUnique({ where: { email: user.email }, select: { id: true } });
    ids.set(user.email, existing?.id ?? (await upsertUser({ ...user, password: DEMO_PASSWORD })).id);
  }
  return ids;
}

async function seedArticle(article: (typeof seedArticles)[number], authorId: string, tagIds: Map<string, string>) {
  if (await db().article.findUnique({ where: { slug: article.slug }, select: { id: true } })) return false;
  const tags = article.tags.map((slug) => {
    const id = tagIds.get(slug);
    if (!id) throw new Error(`Seed article ${article.slug} uses unknown tag ${slug}`);
    return { tagId: id };
  });
  await db().$transaction(async (tx) => {
    const { id: articleId } = await tx.article.create({
      data: { slug: article.slug, authorId, tags: { create: tags } },
      select: { id: true },
    });
    let sourceRevisionId: string | null = null;
    // The source language first, so that translations can point at its revision.
    const locales = (Object.keys(article.versions) as Locale[]).sort((a, b) => Number(b === "en") - Number(a === "en"));
    for (const locale of locales) {
      const seed = article.versions[locale];
      if (!seed) continue;
      const { title, summary, body } = ZSaveVersionInput.parse({ ...seed, baseRevision: 0 });
      const published = seed.status === "published";
      const version: { id: string } = await tx.articleVersion.create({
        data: {
          articleId,
          locale,
          title,
          summary,
          body,
          revision: 1,
          status: seed.status,
          publishedAt: published ? new Date(article.publishedAt) : null,
          basedOnRevisionId: locale === "en" ? null : sourceRevisionId,
        },
      });
      const revision: { id: string } = await tx.articleRevision.create({
        data: { versionId: version.id, number: 1, title, summary, body, authorId },
      });
      if (published) {
        await tx.articleVersion.update({
          where: { id: version.id },
          data: { publishedRevisionId: revision.id, publishedBaseRevisionId: locale === "en" ? null : sourceRevisionId },
        });
      }
      if (locale === "en") sourceRevisionId = revision.id;
    }
  });
  return true;
}

async function main() {
  const users = await seedUsers();
  const tagIds = new Map<string, string>();
  for (const input of seedTags) {
    const parsed = ZTagInput.parse(input);
    // An existing tag is left alone: its labels may have been translated or corrected since.
    const existing = await db().tag.findUnique({ where: { slug: tagSlug(parsed) }, select: { id: true, slug: true } });
    const tag = existing ?? (await upsertTag(parsed));
    tagIds.set(tag.slug, tag.id);
  }
  let created = 0;
  for (const article of seedArticles) {
    const authorId = users.get(article.authorEmail);
    if (!authorId) throw new Error(`Seed article ${article.slug} has unknown author ${article.authorEmail}`);
    if (await seedArticle(article, authorId, tagIds)) created++;
  }
  const admin = DEMO_USERS.find((user) => user.role === "admin");
  const adminId = admin && users.get(admin.email);
  if (!adminId) throw new Error("The demo users need an admin to record registry changes");
  const registry = await seedRegistry({ id: adminId, role: "admin" });
  console.info(`Seeded ${DEMO_USERS.length} users, ${seedTags.length} tags, ${created} new articles, ${registry} new registry records.`);
}

await main();
await db().$disconnect();
