// Demo content: users for each role, country and topic tags, the registry, and articles from the
// foundation's news with their pictures and video. Safe to run again: everything is found by its email
// or slug and only what is missing is created (an article's media only with the article).
import { isSourceLocale, LOCALES, SOURCE_LOCALE, tagSlug, ZCredentials, ZRole, ZSaveVersionInput, ZTagInput } from "@rightsdesk/domain";
import { db } from "@rightsdesk/db/client";
import { type Actor, upsertTag, upsertUser } from "@rightsdesk/db/editor";
import { z } from "zod";
import demoUsers from "./demo-users.json" with { type: "json" };
import { type SeedRefs, seedArticles, seedTags } from "./seed-content";
import { createDemoMedia, type DemoMediaKey } from "./seed-media";
import { type RegistryIds, seedRegistryLinks, seedRegistryRecords } from "./seed-registry";

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

function idOf(ids: ReadonlyMap<string, string>, key: string, what: string): string {
  const id = ids.get(key);
  if (!id) throw new Error(`Seed article refers to unknown ${what} "${key}"`);
  return id;
}

async function seedArticle(article: (typeof seedArticles)[number], author: Actor, tagIds: Map<string, string>, registry: RegistryIds) {
  if (await db().article.findUnique({ where: { slug: article.slug }, select: { id: true } })) return false;
  const tags = article.tags.map((slug) => ({ tagId: idOf(tagIds, slug, "tag") }));
  // Uploaded as the author would, before the text that shows them.
  const media = new Map<DemoMediaKey, string>();
  for (const key of article.media) media.set(key, await createDemoMedia(key, author));
  const refs: SeedRefs = {
    personId: (slug) => idOf(registry.persons, slug, "person"),
    caseId: (slug) => idOf(registry.cases, slug, "case"),
    organisationId: (slug) => idOf(registry.organisations, slug, "organisation"),
    mediaId: (key) => idOf(media, key, "media item"),
  };
  const versions = article.versions(refs);
  await db().$transaction(async (tx) => {
    const { id: articleId } = await tx.article.create({
      data: { slug: article.slug, authorId: author.id, tags: { create: tags } },
      select: { id: true },
    });
    let sourceRevisionId: string | null = null;
    // The source language first, so that translations can point at its revision.
    const locales = LOCALES.filter((locale) => versions[locale]).sort((a, b) => Number(isSourceLocale(b)) - Number(isSourceLocale(a)));
    for (const locale of locales) {
      const seed = versions[locale];
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
          basedOnRevisionId: isSourceLocale(locale) ? null : sourceRevisionId,
        },
      });
      const revision: { id: string } = await tx.articleRevision.create({
        data: { versionId: version.id, number: 1, title, summary, body, authorId: author.id },
      });
      if (published) {
        await tx.articleVersion.update({
          where: { id: version.id },
          data: { publishedRevisionId: revision.id, publishedBaseRevisionId: isSourceLocale(locale) ? null : sourceRevisionId },
        });
      }
      if (isSourceLocale(locale)) sourceRevisionId = revision.id;
    }
    if (article.sourceUpdate) {
      // The editor's later change of the published English, published as revision 2; the translations stay based on revision 1.
      const { title, summary, body } = ZSaveVersionInput.parse({ ...article.sourceUpdate(refs), baseRevision: 1 });
      const source = await tx.articleVersion.findUniqueOrThrow({ where: { articleId_locale: { articleId, locale: SOURCE_LOCALE } }, select: { id: true } });
      const revision = await tx.articleRevision.create({ data: { versionId: source.id, number: 2, title, summary, body, authorId: author.id } });
      await tx.articleVersion.update({ where: { id: source.id }, data: { title, summary, body, revision: 2, publishedRevisionId: revision.id } });
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
  const admin = DEMO_USERS.find((user) => user.role === "admin");
  const adminId = admin && users.get(admin.email);
  if (!adminId) throw new Error("The demo users need an admin to record registry changes");
  const registryActor: Actor = { id: adminId, role: "admin" };
  const records = await seedRegistryRecords(registryActor);
  let created = 0;
  for (const article of seedArticles) {
    const author = DEMO_USERS.find((user) => user.email === article.authorEmail);
    const authorId = users.get(article.authorEmail);
    if (!author || !authorId) throw new Error(`Seed article ${article.slug} has unknown author ${article.authorEmail}`);
    if (await seedArticle(article, { id: authorId, role: author.role }, tagIds, records.ids)) created++;
  }
  const registry = records.created + (await seedRegistryLinks(registryActor, records.ids));
  console.info(`Seeded ${DEMO_USERS.length} users, ${seedTags.length} tags, ${created} new articles, ${registry} new registry records.`);
}

await main();
await db().$disconnect();
