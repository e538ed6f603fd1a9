import {
  HIGHLIGHT_START,
  HIGHLIGHT_STOP,
  type Locale,
  matchesListQuery,
  matchesName,
  nameKey,
  type NameVariant,
  PAGE_SIZE,
  SEARCH_MATCH_CAP,
  type SearchParams,
} from "@rightsdesk/domain";
import { db } from "../infra/client";
import { Prisma } from "../generated/prisma/client";
import { type Page } from "../articles/published";
import { type LocalizedText, toLocalized } from "../mappers";
import { mayMatchListQuery, mayMatchName } from "../registry/search-text";
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
/**
 * How many records whose stored names may answer a query are read to find the first REGISTRY_LIMIT that do: the
 * stored text finds a few more than answer (a word in one name, the next in another), never thousands more.
 */
const CANDIDATES = 200;

const empty = (page: number): Page<ArticleHit> => ({ items: [], page, pageCount: 1, total: 0 });

/**
 * Searches what readers may see. Words match in the article's language (stemmed where PostgreSQL has a
 * configuration for it, accents ignored); a name matches under any script or romanisation (the registry's
 * name matching) and finds the articles linked to that person. Names spelt like the query (a misspelling, or a
 * name in another grammatical case: "Аблязову") are looked for only when no name is spelt as typed, and titles
 * only when no word matches, so near misses never crowd out what was meant.
 */
export async function searchPublic(params: SearchParams, locale: Locale): Promise<PublicSearchResult> {
  const { q } = params;
  const wantsArticles = params.type === "all" || params.type === "articles";
  const filtered = params.country !== undefined || params.topic !== undefined || params.year !== undefined;
  const registry = q ? await searchRegistry(params) : { people: [], cases: [], organisations: [] };
  const people = q && registry.people.length === 0 ? await peopleSpeltLike(q, params.country) : registry.people;
  const findsArticles = wantsArticles && (q || filtered);
  const linkedTo = people.map((p) => p.id);
  const findArticles = (spelling: Spelling) => (findsArticles ? searchArticles(params, locale, linkedTo, spelling) : Promise.resolve(empty(params.page)));
  const asTyped = await findArticles("as typed");
  const articles = q && asTyped.total === 0 ? await findArticles("alike") : asTyped;
  const only = <T>(type: SearchParams["type"], hits: T[]) => (params.type === "all" || params.type === type ? hits : []);
  return {
    articles,
    people: only("people", people.map((p) => ({ slug: p.slug, name: p.name, variants: toVariants(p.variants) }))),
    cases: only("cases", registry.cases),
    organisations: only("organisations", registry.organisations),
  };
}

/** Whether words are matched as typed, or titles by likeness of spelling. */
type Spelling = "as typed" | "alike";

/** Articles that match the query's words (or are spelt like it), or are linked to a person it found (`linkedTo`). */
async function searchArticles(params: SearchParams, locale: Locale, linkedTo: string[], spelling: Spelling): Promise<Page<ArticleHit>> {
  const { q } = params;
  if (!q) return rankArticles(params, locale, [Prisma.sql`TRUE`], null);
  // Read in the search's own query rather than by one before it: a query fewer for the reader to wait on.
  const linked = linkedTo.length ? Prisma.sql`(SELECT ap."articleId" FROM "ArticlePerson" ap WHERE ap."personId" = ANY(${linkedTo}))` : null;
  const links = linked ? [Prisma.sql`s."articleId" IN ${linked}`] : [];
  const matches =
    spelling === "as typed" ? [Prisma.sql`s.heading @@ ${tsQuery(q, locale)}`, Prisma.sql`s.document @@ ${tsQuery(q, locale)}`] : [Prisma.sql`lower(s.title) % lower(${q})`];
  return rankArticles(params, locale, [...matches, ...links], linked);
}

// Constant once planned (rd_unaccent is immutable), so the index answers it and no row parses the query.
const tsQuery = (q: string, locale: Locale) => Prisma.sql`websearch_to_tsquery(rd_search_config(${locale}), rd_unaccent(${q}))`;

/**
 * Ranks the newest SEARCH_MATCH_CAP matches of each kind (heading, text, link): a word common to most of the archive
 * would otherwise make every search read every article's vector, while an old article whose title matches
 * still competes. Ranked by the title and summary (a small vector, never the whole text's), likeness of the
 * title and a link to a person searched for; then the newest first.
 */
async function rankArticles(params: SearchParams, locale: Locale, matches: Prisma.Sql[], linked: Prisma.Sql | null): Promise<Page<ArticleHit>> {
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
    ? Prisma.sql`ts_rank_cd(m.heading, ${tsQuery(q, locale)}) + similarity(lower(m.title), lower(${q})) ${linked ? Prisma.sql`+ CASE WHEN m."articleId" IN ${linked} THEN 0.5 ELSE 0 END` : Prisma.empty}`
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

const HEADLINE = `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_STOP}, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "`;

/** Public persons by any spelling of their names, cases and organisations. */
async function searchRegistry(params: SearchParams) {
  const { q, country } = params;
  const [people, cases, organisations] = await Promise.all([
    peopleNamed(q, country),
    db().case.findMany({
      where: { AND: [country ? { OR: [{ venueState: country }, { requestingStates: { has: country } }] } : {}, mayMatchListQuery(q)] },
      select: { slug: true, title: true },
      orderBy: { slug: "asc" },
      take: CANDIDATES,
    }),
    db().organisation.findMany({
      where: { AND: [country ? { country } : {}, mayMatchName(q)] },
      select: { name: true, website: true },
      orderBy: { name: "asc" },
      take: CANDIDATES,
    }),
  ]);
  return {
    people,
    cases: cases
      .map((c) => ({ slug: c.slug, title: toLocalized(c.title) }))
      .filter((c) => matchesListQuery(q, Object.values(c.title)))
      .slice(0, REGISTRY_LIMIT),
    organisations: organisations.filter((o) => matchesName(q, [o.name])).slice(0, REGISTRY_LIMIT),
  };
}

const personHit = { id: true, slug: true, name: true, variants: { select: { name: true, script: true, locale: true, kind: true }, orderBy: { id: "asc" } } } satisfies Prisma.PersonSelect;
type PersonRow = Prisma.PersonGetPayload<{ select: typeof personHit }>;

const publicPersons = (country: string | undefined): Prisma.PersonWhereInput => ({ confidentiality: "public", ...(country && { nationalities: { has: country } }) });

/** Public persons a name finds under any spelling or script, A–Z, read through the stored search text's index. */
async function peopleNamed(q: string, country: string | undefined): Promise<PersonRow[]> {
  const candidates = await db().person.findMany({ where: { AND: [publicPersons(country), mayMatchName(q)] }, select: personHit, orderBy: { name: "asc" }, take: CANDIDATES });
  return candidates.filter((p) => matchesName(q, [p.name, ...p.variants.map((v) => v.name)])).slice(0, REGISTRY_LIMIT);
}

/** Public persons whose names are spelt most like the query, likest first. */
async function peopleSpeltLike(q: string, country: string | undefined): Promise<PersonRow[]> {
  const key = nameKey(q);
  if (!key) return [];
  // `%>`: pg_trgm's word similarity of the query's key to some extent of the names, above its threshold (0.6 by
  // default); `<->>` its distance, by which the trigram GiST index reads the likest first.
  const likest = await db().$queryRaw<{ id: string }[]>`
    SELECT id FROM "Person"
    WHERE confidentiality = 'public' AND "searchText" %> ${key} ${country ? Prisma.sql`AND ${country} = ANY(nationalities)` : Prisma.empty}
    ORDER BY "searchText" <->> ${key}, name LIMIT ${REGISTRY_LIMIT}`;
  if (likest.length === 0) return [];
  const rows = new Map((await db().person.findMany({ where: { AND: [publicPersons(country), { id: { in: likest.map((row) => row.id) } }] }, select: personHit })).map((row) => [row.id, row]));
  return likest.flatMap(({ id }) => rows.get(id) ?? []);
}

/** The years in which articles of a language were published, newest first: the search's year filter. */
export async function listPublishedYears(locale: Locale): Promise<number[]> {
  const rows = await db().$queryRaw<{ year: number }[]>`
    SELECT DISTINCT extract(year FROM "publishedAt")::int AS year FROM "ArticleSearch"
    WHERE locale = ${locale} AND "publishedAt" IS NOT NULL ORDER BY year DESC`;
  return rows.map((row) => row.year);
}
