import { db } from "@rightsdesk/db/client";
import { backfillSearchText } from "@rightsdesk/db/editor";
import { COUNTRY_CODES, LOCALES, SOURCE_LOCALE } from "@rightsdesk/domain";
import { scaleNameSql } from "./scale-names";

/*
 * A newsroom's years of content for bench:scale, written by SQL over generate_series (seconds, where a save
 * each would take hours): articles in every language with two source revisions, tags, linked and mentioned
 * people, a third of the translations made from the older source revision (outdated), people with a Cyrillic
 * spelling, cases, organisations, an audit log, and one long report with thousands of revisions.
 */

export type ScaleSize = { articles: number; people: number; cases: number; organisations: number; auditEvents: number };

/** The revisions of the long-edited article ("sa0"), as autosave leaves them after weeks of work on one report. */
export const HISTORY_REVISIONS = 2_000;

const TAGS = 60;
const translations = LOCALES.filter((locale) => locale !== SOURCE_LOCALE);
const countries = COUNTRY_CODES.slice(0, 40);

/** A short body that mentions person `p` (an SQL expression) by id, as the editor stores a mention. */
const body = (text: string, person: string) =>
  `jsonb_build_object('type', 'doc', 'content', jsonb_build_array(jsonb_build_object('type', 'paragraph', 'content', jsonb_build_array(
     jsonb_build_object('type', 'text', 'text', ${text} || ' '),
     jsonb_build_object('type', 'mention', 'attrs', jsonb_build_object('id', ${person}, 'kind', 'person', 'label', 'Person ' || ${person}))))))`;

/** About 20,000 words in 200 paragraphs; `changed` adds a sentence to the hundredth. */
const longBody = (changed: boolean) =>
  `(SELECT jsonb_build_object('type', 'doc', 'content', jsonb_agg(jsonb_build_object('type', 'paragraph', 'content', jsonb_build_array(jsonb_build_object('type', 'text', 'text',
     'Paragraph ' || p || ': ' || repeat('the court in Warsaw refused to extradite the journalist ', 11)${changed ? ` || CASE WHEN p = 100 THEN 'The defence appealed.' ELSE '' END` : ""}))) ORDER BY p))
   FROM generate_series(1, 200) p)`;

const run = (sql: string) => db().$executeRawUnsafe(sql);
const countryArray = `ARRAY[${countries.map((c) => `'${c}'`).join(",")}]`;
const pick = (n: string) => `(${countryArray})[1 + (${n}) % ${countries.length}]`;

/** People (a seventh internal, each with a Cyrillic spelling), cases and organisations, their search text written. */
export async function seedRegistry(size: Pick<ScaleSize, "people" | "cases" | "organisations">): Promise<void> {
  await run(`INSERT INTO "Person" (id, slug, name, status, confidentiality, nationalities, roles, bio, "updatedAt")
    SELECT 'sp' || g, 'scale-person-' || g, ${scaleNameSql("g", "latin")}, 'detained', CASE WHEN g % 7 = 0 THEN 'internal' ELSE 'public' END::"Confidentiality",
      ARRAY[${pick("g")}], ARRAY[]::text[], CASE WHEN g % 5 = 0 THEN jsonb_build_object('en', 'Biography of person ' || g) ELSE '{}'::jsonb END, now()
    FROM generate_series(1, ${size.people}) g`);
  await run(`INSERT INTO "PersonNameVariant" (id, "personId", name, script, locale, kind)
    SELECT 'spv' || g, 'sp' || g, ${scaleNameSql("g", "cyrillic")}, 'cyrillic', 'ru', 'transliteration' FROM generate_series(1, ${size.people}) g`);
  await run(`INSERT INTO "Case" (id, slug, title, kind, "venueState", "requestingStates", "onBehalfOf", "createdAt", "updatedAt")
    SELECT 'sc' || g, 'scale-case-' || g, jsonb_build_object('en', 'Extradition case ' || g, 'ru', 'Дело ' || g), 'extradition_request', ${pick("g")},
      ARRAY[${pick("g + 1")}], ARRAY[]::text[], now() - g * interval '1 hour', now()
    FROM generate_series(1, ${size.cases}) g`);
  await run(`INSERT INTO "Organisation" (id, slug, name, kind, country, "updatedAt")
    SELECT 'so' || g, 'scale-org-' || g, 'Organisation ' || md5(g::text), 'ngo', ${pick("g")}, now() FROM generate_series(1, ${size.organisations}) g`);
  // The search text, written as a deploy's backfill writes it for records saved before it was kept.
  await backfillSearchText();
}

export async function seedScale(authorId: string, size: ScaleSize): Promise<void> {
  await run(`INSERT INTO "Tag" (id, kind, slug) SELECT 'st' || g, 'topic', 'scale-topic-' || g FROM generate_series(1, ${TAGS}) g`);
  await run(`INSERT INTO "TagLabel" ("tagId", locale, label) SELECT 'st' || g, l, 'Topic ' || g || ' ' || l FROM generate_series(1, ${TAGS}) g, unnest(ARRAY[${LOCALES.map((l) => `'${l}'`).join(",")}]) l`);
  await seedRegistry(size);

  await run(`INSERT INTO "Article" (id, slug, "authorId", "createdAt", "updatedAt")
    SELECT 'sa' || g, 'scale-article-' || g, '${authorId}', now() - g * interval '10 minutes', now() - g * interval '10 minutes' FROM generate_series(1, ${size.articles}) g`);
  await run(`INSERT INTO "ArticleTag" ("articleId", "tagId") SELECT 'sa' || g, 'st' || (1 + (g + k) % ${TAGS}) FROM generate_series(1, ${size.articles}) g, generate_series(0, 1) k`);
  await run(`INSERT INTO "ArticlePerson" ("articleId", "personId") SELECT 'sa' || g, 'sp' || (1 + (g * 7 + k) % ${size.people}) FROM generate_series(1, ${size.articles}) g, generate_series(0, 1) k`);
  // The source: revision 1, then revision 2 with a changed text; half of the articles are published.
  await run(`INSERT INTO "ArticleVersion" (id, "articleId", locale, title, summary, body, status, "publishedAt", revision, "updatedAt")
    SELECT 'sv' || g || '-en', 'sa' || g, 'en', 'Court hears extradition request ' || g, 'Summary of story ' || g,
      ${body("'Second text of story ' || g", "'sp' || (1 + g * 7 % " + size.people + ")")},
      CASE WHEN g % 2 = 0 THEN 'published' ELSE 'draft' END::"VersionStatus", CASE WHEN g % 2 = 0 THEN now() - g * interval '10 minutes' END, 2, now()
    FROM generate_series(1, ${size.articles}) g`);
  await run(`INSERT INTO "ArticleRevision" (id, "versionId", number, title, summary, body, "authorId")
    SELECT 'sr' || g || '-en-' || n, 'sv' || g || '-en', n, 'Court hears extradition request ' || g, 'Summary of story ' || g,
      ${body("CASE n WHEN 1 THEN 'First' ELSE 'Second' END || ' text of story ' || g", "'sp' || (1 + g * 7 % " + size.people + ")")}, '${authorId}'
    FROM generate_series(1, ${size.articles}) g, generate_series(1, 2) n`);
  for (const locale of translations) {
    await run(`INSERT INTO "ArticleVersion" (id, "articleId", locale, title, summary, body, status, "publishedAt", revision, "basedOnRevisionId", "updatedAt")
      SELECT 'sv' || g || '-${locale}', 'sa' || g, '${locale}', 'Story ' || g || ' (${locale})', '', ${body("'Translated story ' || g", "'sp' || (1 + g * 7 % " + size.people + ")")},
        CASE WHEN g % 2 = 0 THEN 'published' ELSE 'draft' END::"VersionStatus", CASE WHEN g % 2 = 0 THEN now() END, 1,
        'sr' || g || '-en-' || CASE WHEN g % 3 = 0 THEN 1 ELSE 2 END, now()
      FROM generate_series(1, ${size.articles}) g`);
    await run(`INSERT INTO "ArticleRevision" (id, "versionId", number, title, summary, body, "authorId")
      SELECT 'sr' || v.id, v.id, 1, v.title, v.summary, v.body, '${authorId}' FROM "ArticleVersion" v WHERE v.locale = '${locale}' AND v.id LIKE 'sv%'`);
  }
  await run(`UPDATE "ArticleVersion" SET "publishedRevisionId" = CASE WHEN locale = 'en' THEN 'sr' || substr(id, 3) || '-2' ELSE 'sr' || id END
    WHERE id LIKE 'sv%' AND status = 'published'`);
  // One report edited for weeks: short drafts, then the last two saves of its 20,000 words, which its history compares.
  await run(`INSERT INTO "Article" (id, slug, "authorId", "createdAt", "updatedAt") VALUES ('sa0', 'scale-article-0', '${authorId}', now(), now())`);
  await run(`INSERT INTO "ArticleVersion" (id, "articleId", locale, title, summary, body, status, revision, "updatedAt")
    VALUES ('sv0en', 'sa0', 'en', 'A long-edited report', '', ${longBody(true)}, 'draft', ${HISTORY_REVISIONS}, now())`);
  await run(`INSERT INTO "ArticleRevision" (id, "versionId", number, title, summary, body, "authorId")
    SELECT 'srh' || n, 'sv0en', n, 'A long-edited report', '', CASE n WHEN ${HISTORY_REVISIONS} THEN ${longBody(true)} WHEN ${HISTORY_REVISIONS - 1} THEN ${longBody(false)}
      ELSE ${body("'Draft ' || n", "'sp1'")} END, '${authorId}'
    FROM generate_series(1, ${HISTORY_REVISIONS}) n`);
  await run(`INSERT INTO "AuditEvent" (id, action, "actorId", "targetType", "targetId", summary, at)
    SELECT 'se' || g, CASE WHEN g % 3 = 0 THEN 'version.publish' WHEN g % 3 = 1 THEN 'article.slug' ELSE 'user.role' END, '${authorId}', 'version', 'sv' || g || '-en',
      'Scale event ' || g, now() - g * interval '1 minute' FROM generate_series(1, ${size.auditEvents}) g`);
  await run("ANALYZE");
}
