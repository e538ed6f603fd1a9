import {
  HIGHLIGHT_START,
  HIGHLIGHT_STOP,
  type Locale,
  matchesListQuery,
  matchesName,
  type NameVariant,
  PAGE_SIZE,
  SEARCH_MATCH_CAP,
  type SearchParams,
} from "@rightsdesk/domain";
import { db } from "../infra/client";
import { Prisma } from "../generated/prisma/client";
import { type Page } from "../articles/published";
import { type LocalizedText, toLocalized } from "../mappers";
import { toVariants } from "../registry/rows";

/*
 * The public search, part of the public face: articles come from ArticleSearch, which a database trigger
 * fills with published revisions only; registry hits are public persons, cases and organisations. Nothing
 * here reads a draft, an internal person or an internal note.
 */

export type ArticleHit = { slug: string; locale: Locale; title: string; summary: string; snippet: string; publishedAt: Date | null };
export type PersonHit = { slug: string; name: string; variants: NameVariant[] };
export type CaseHit = { slug: string; title: LocalizedText };
export type OrganisationHit = { name: string; website: string | null };
export type PublicSearchResult = { articles: Page<ArticleHit>; people: PersonHit[]; cases: CaseHit[]; organisations: OrganisationHit[] };

/** Registry hits shown beside the articles: the best few of each kind. */
const REGISTRY_LIMIT = 10;
/** Trigram similarity from which a name counts as a misspelling of the query. */
const MISSPELLING = 0.35;

const empty = (page: number): Page<ArticleHit> => ({ items: [], page, pageCount: 1, total: 0 });

/**
 * Searches what readers may see. Words match in the article's language (stemmed where PostgreSQL has a
 * configuration for it, accents ignored); a name matches under any script or romanisation (the registry's
 * name matching) and finds the articles linked to that person; a misspelt title or name still matches.
 */
export async function searchPublic(params: SearchParams, locale: Locale): Promise<PublicSearchResult> {
  const registry = params.q ? await searchRegistry(params) : { personIds: [], people: [], cases: [], organisations: [] };
  const wantsArticles = params.type === "all" || params.type === "articles";
  const filtered = params.country !== undefined || params.topic !== undefined || params.year !== undefined;
  const articles =
    wantsArticles && (params.q || filtered) ? await searchArticles(params, locale, registry.personIds) : empty(params.page);
  const only = <T>(type: SearchParams["type"], hits: T[]) => (params.type === "all" || params.type === type ? hits : []);
  return {
    articles,
    people: only("people", registry.people),
    cases: only("cases", registry.cases),
    organisations: only("organisations", registry.organisations),
  };
}

async function searchArticles(params: SearchParams, locale: Locale, personIds: string[]): Promise<Page<ArticleHit>> {
  const { q } = params;
  const linked = q && personIds.length ? await articlesLinkedTo(personIds) : [];
  const found = await rankArticles(params, locale, q ? wordMatches(q, locale, linked) : [Prisma.sql`TRUE`], linked);
  // Only when no word matches: titles spelled like the query (a misspelling), ranked by likeness.
  if (found.total > 0 || !q) return found;
  return rankArticles(params, locale, [Prisma.sql`lower(s.title) % lower(${q})`], []);
}

// Constant once planned (rd_unaccent is immutable), so the index answers it and no row parses the query.
const tsQuery = (q: string, locale: Locale) => Prisma.sql`websearch_to_tsquery(rd_search_config(${locale}), rd_unaccent(${q}))`;

/** What makes an article a match: the words in its title or summary, in its text, or a link to a person searched for. */
function wordMatches(q: string, locale: Locale, linked: string[]): Prisma.Sql[] {
  return [
    Prisma.sql`s.heading @@ ${tsQuery(q, locale)}`,
    Prisma.sql`s.document @@ ${tsQuery(q, locale)}`,
    ...(linked.length ? [Prisma.sql`s."articleId" = ANY(${linked})`] : []),
  ];
}

/**
 * Ranks the newest SEARCH_MATCH_CAP matches of each kind (heading, text, link): a word common to most of the archive
 * would otherwise make every search read every article's vector, while an old article whose title matches
 * still competes. Ranked by the title and summary (a small vector, never the whole text's), likeness of the
 * title and a link to a person searched for; then the newest first.
 */
async function rankArticles(params: SearchParams, locale: Locale, matches: Prisma.Sql[], linked: string[]): Promise<Page<ArticleHit>> {
  const { q, country, topic, year, page } = params;
  const filters = [Prisma.sql`s.locale = ${locale}`];
  if (country) filters.push(Prisma.sql`EXISTS (SELECT 1 FROM "ArticleTag" at JOIN "Tag" t ON t.id = at."tagId" WHERE at."articleId" = s."articleId" AND t."countryCode" = ${country})`);
  if (topic) filters.push(Prisma.sql`EXISTS (SELECT 1 FROM "ArticleTag" at JOIN "Tag" t ON t.id = at."tagId" WHERE at."articleId" = s."articleId" AND t.kind = 'topic' AND t.slug = ${topic})`);
  if (year) filters.push(Prisma.sql`s."publishedAt" >= make_date(${year}::int, 1, 1) AND s."publishedAt" < make_date(${year}::int + 1, 1, 1)`);
  // Newest first, as the (locale, publishedAt DESC) index reads them: a common word stops after SEARCH_MATCH_CAP rows.
  const candidates = Prisma.join(
    matches.map(
      (match) => Prisma.sql`(SELECT s."versionId" FROM "ArticleSearch" s WHERE ${Prisma.join([...filters, match], " AND ")}
        ORDER BY s."publishedAt" DESC LIMIT ${SEARCH_MATCH_CAP})`,
    ),
    " UNION ",
  );
  const rank = q
    ? Prisma.sql`ts_rank_cd(m.heading, ${tsQuery(q, locale)}) + similarity(lower(m.title), lower(${q})) ${linked.length ? Prisma.sql`+ CASE WHEN m."articleId" = ANY(${linked}) THEN 0.5 ELSE 0 END` : Prisma.empty}`
    : Prisma.sql`0`;
  // Ranked and cut to one page first; the text and its snippet, the costly part, only for that page.
  const rows = await db().$queryRaw<(Omit<ArticleHit, "locale"> & { total: number })[]>`
    SELECT a.slug, hit.title, hit.summary, hit."publishedAt", hit.total::int AS total,
      ${q ? Prisma.sql`ts_headline(rd_search_config(${locale}), s.content, ${tsQuery(q, locale)}, ${HEADLINE})` : Prisma.sql`left(s.content, 240)`} AS snippet
    FROM (
      SELECT m."versionId", m."articleId", m.title, m.summary, m."publishedAt", ${rank} AS rank, count(*) OVER () AS total
      FROM (${candidates}) c JOIN "ArticleSearch" m ON m."versionId" = c."versionId"
      ORDER BY rank DESC, m."publishedAt" DESC, m."versionId"
      LIMIT ${PAGE_SIZE} OFFSET ${(page - 1) * PAGE_SIZE}
    ) hit
    JOIN "ArticleSearch" s ON s."versionId" = hit."versionId"
    JOIN "Article" a ON a.id = hit."articleId"
    ORDER BY hit.rank DESC, hit."publishedAt" DESC`;
  const total = rows[0]?.total ?? 0;
  return {
    items: rows.map(({ total: _total, ...row }) => ({ ...row, locale })),
    page,
    pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)),
    total,
  };
}

/** The articles linked to the persons a name query found: they match the name whatever the text spells. */
async function articlesLinkedTo(personIds: string[]): Promise<string[]> {
  const rows = await db().articlePerson.findMany({ where: { personId: { in: personIds } }, select: { articleId: true }, distinct: ["articleId"] });
  return rows.map((row) => row.articleId);
}

const HEADLINE = `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_STOP}, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "`;

/** Public persons (by any spelling, or a misspelling), cases and organisations, and the ids of the persons found. */
async function searchRegistry(params: SearchParams) {
  const { q, country } = params;
  const [persons, misspelt, cases, organisations] = await Promise.all([
    db().person.findMany({
      where: { confidentiality: "public", ...(country && { nationalities: { has: country } }) },
      select: { id: true, slug: true, name: true, variants: { select: { name: true, script: true, locale: true, kind: true }, orderBy: { id: "asc" } } },
      orderBy: { name: "asc" },
    }),
    db().$queryRaw<{ id: string }[]>`
      SELECT DISTINCT p.id FROM "Person" p LEFT JOIN "PersonNameVariant" v ON v."personId" = p.id
      WHERE p.confidentiality = 'public'
        AND greatest(similarity(lower(rd_unaccent(p.name)), lower(rd_unaccent(${q}))), similarity(lower(rd_unaccent(coalesce(v.name, ''))), lower(rd_unaccent(${q})))) >= ${MISSPELLING}`,
    db().case.findMany({
      where: country ? { OR: [{ venueState: country }, { requestingStates: { has: country } }] } : {},
      select: { slug: true, title: true },
      orderBy: { slug: "asc" },
    }),
    db().organisation.findMany({ where: country ? { country } : {}, select: { name: true, website: true }, orderBy: { name: "asc" } }),
  ]);
  const misspeltIds = new Set(misspelt.map((row) => row.id));
  const people = persons.filter((p) => misspeltIds.has(p.id) || matchesName(q, [p.name, ...p.variants.map((v) => v.name)])).slice(0, REGISTRY_LIMIT);
  return {
    personIds: people.map((p) => p.id),
    people: people.map((p) => ({ slug: p.slug, name: p.name, variants: toVariants(p.variants) })),
    cases: cases
      .map((c) => ({ slug: c.slug, title: toLocalized(c.title) }))
      .filter((c) => matchesListQuery(q, Object.values(c.title)))
      .slice(0, REGISTRY_LIMIT),
    organisations: organisations.filter((o) => matchesName(q, [o.name])).slice(0, REGISTRY_LIMIT),
  };
}

/** The years in which articles of a language were published, newest first: the search's year filter. */
export async function listPublishedYears(locale: Locale): Promise<number[]> {
  const rows = await db().$queryRaw<{ year: number }[]>`
    SELECT DISTINCT extract(year FROM "publishedAt")::int AS year FROM "ArticleSearch"
    WHERE locale = ${locale} AND "publishedAt" IS NOT NULL ORDER BY year DESC`;
  return rows.map((row) => row.year);
}
