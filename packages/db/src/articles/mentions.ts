import {
  AppError,
  type ArticleLinks,
  collectMentions,
  displayName,
  type Locale,
  matchesName,
  type MentionedFacts,
  mentionKey,
  type Mentionable,
  type MentionKind,
  type MentionTarget,
  repointMentions,
  type RichTextDoc,
  SOURCE_LOCALE,
  suggestForMentions,
  type Suggestion,
  ZRichTextDoc,
} from "@rightsdesk/domain";
import { db, type Tx } from "../infra/client";
import { toLocalized } from "../mappers";
import { mayMatchName } from "../registry/search-text";
import { toVariants } from "../registry/rows";
import { listTags } from "./tags";

/** A mentioned record as a reader may see it: its current name, and where its page is. */
export type PublicMention = { kind: "person" | "case"; name: string; slug: string } | { kind: "organisation"; name: string; website: string | null };

const KIND_ORDER: Record<MentionKind, number> = { person: 0, case: 1, organisation: 2 };

/**
 * The first `limit` rows, in the order `read` gives them a batch at a time, that `matches` keeps: the search text
 * already narrows to the matches (but for records whose text is not written yet), so one batch nearly always
 * answers, however many of the registry's names begin with a first letter typed.
 */
async function firstMatching<T>(read: (skip: number, take: number) => Promise<T[]>, matches: (row: T) => boolean, limit: number): Promise<T[]> {
  const found: T[] = [];
  for (let skip = 0; ; skip += limit) {
    const rows = await read(skip, limit);
    found.push(...rows.filter(matches));
    if (found.length >= limit || rows.length < limit) return found.slice(0, limit);
  }
}

const byName = [{ name: "asc" }, { id: "asc" }] as const;

/**
 * Persons (under any of their names, in any script), cases (by their title in any language) and
 * organisations whose name begins with the query, or has a word that does; only those of `kind` when given.
 * The stored search text narrows the registry to the few records that may answer; the domain's matching
 * (every spelling folded the same way, see nameKey) decides on them. Persons and organisations are read A–Z
 * up to the limit; cases, whose titles are per language, are few enough to read whole.
 */
export async function searchMentionables(query: string, limit: number, kind?: MentionKind): Promise<Mentionable[]> {
  const wanted = (each: MentionKind) => kind === undefined || kind === each;
  const none = Promise.resolve([]);
  const [persons, cases, organisations] = await Promise.all([
    wanted("person")
      ? firstMatching(
          (skip, take) =>
            db().person.findMany({ where: mayMatchName(query), orderBy: [...byName], skip, take, select: { id: true, name: true, confidentiality: true, variants: { select: { name: true } } } }),
          (p) => matchesName(query, [p.name, ...p.variants.map((v) => v.name)]),
          limit,
        )
      : none,
    wanted("case") ? db().case.findMany({ where: mayMatchName(query), select: { id: true, slug: true, title: true } }) : none,
    wanted("organisation")
      ? firstMatching(
          (skip, take) => db().organisation.findMany({ where: mayMatchName(query), orderBy: [...byName], skip, take, select: { id: true, name: true } }),
          (o) => matchesName(query, [o.name]),
          limit,
        )
      : none,
  ]);
  const found: Mentionable[] = [
    ...persons.map((p) => ({ kind: "person" as const, id: p.id, label: p.name, internal: p.confidentiality === "internal" })),
    ...cases.flatMap((c) => {
      const titles = toLocalized(c.title);
      const matches = matchesName(query, Object.values(titles));
      return matches ? [{ kind: "case" as const, id: c.id, label: titles[SOURCE_LOCALE] ?? c.slug, internal: false }] : [];
    }),
    ...organisations.map((o) => ({ kind: "organisation" as const, id: o.id, label: o.name, internal: false })),
  ];
  return found.sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.label.localeCompare(b.label)).slice(0, limit);
}

/**
 * The records a document mentions, as the public site shows them in `locale`: public persons, cases and
 * organisations only. An internal or deleted record is simply absent, and the page withholds its mention.
 */
export async function resolveMentionsForPublic(source: RichTextDoc | readonly MentionTarget[], locale: Locale): Promise<Map<string, PublicMention>> {
  const targets = "type" in source ? collectMentions(source) : source;
  const ids = (kind: MentionKind) => targets.filter((t) => t.kind === kind).map((t) => t.id);
  const [persons, cases, organisations] = await Promise.all([
    db().person.findMany({
      where: { id: { in: ids("person") }, confidentiality: "public" },
      select: { id: true, slug: true, name: true, variants: { select: { name: true, script: true, locale: true, kind: true }, orderBy: { id: "asc" } } },
    }),
    db().case.findMany({ where: { id: { in: ids("case") } }, select: { id: true, slug: true, title: true } }),
    db().organisation.findMany({ where: { id: { in: ids("organisation") } }, select: { id: true, name: true, website: true } }),
  ]);
  const resolved = new Map<string, PublicMention>();
  for (const p of persons) {
    resolved.set(mentionKey({ kind: "person", id: p.id }), { kind: "person", slug: p.slug, name: displayName({ name: p.name, variants: toVariants(p.variants) }, locale) });
  }
  for (const c of cases) {
    const title = toLocalized(c.title);
    resolved.set(mentionKey({ kind: "case", id: c.id }), { kind: "case", slug: c.slug, name: title[locale] ?? title[SOURCE_LOCALE] ?? c.slug });
  }
  for (const o of organisations) {
    resolved.set(mentionKey({ kind: "organisation", id: o.id }), { kind: "organisation", name: o.name, website: o.website });
  }
  return resolved;
}

/**
 * Tags and registry links suggested by what the source version mentions, leaving out what the article
 * already has; with what it has, since accepting one saves the whole list.
 */
export async function suggestionsForArticle(articleId: string): Promise<{ suggestions: Suggestion[]; current: ArticleLinks }> {
  const article = await db().article.findUnique({
    where: { id: articleId },
    select: {
      tags: { select: { tagId: true } },
      persons: { select: { personId: true } },
      cases: { select: { caseId: true } },
      versions: { where: { locale: SOURCE_LOCALE }, select: { body: true } },
    },
  });
  if (!article) throw new AppError("not_found", "This article does not exist.");
  const source = article.versions[0];
  const targets = source ? collectMentions(ZRichTextDoc.parse(source.body)) : [];
  const ids = (kind: MentionKind) => targets.filter((t) => t.kind === kind).map((t) => t.id);
  const [persons, cases, tags] = await Promise.all([
    db().person.findMany({
      where: { id: { in: ids("person") } },
      select: { id: true, name: true, nationalities: true, protections: { select: { type: true, grantingState: true, status: true } } },
    }),
    db().case.findMany({
      where: { id: { in: ids("case") } },
      select: { id: true, slug: true, title: true, kind: true, requestingStates: true, onBehalfOf: true, venueState: true },
    }),
    listTags(),
  ]);
  const facts = new Map<string, MentionedFacts>([
    ...persons.map((p) => [mentionKey({ kind: "person", id: p.id }), { kind: "person", ...p }] as const),
    ...cases.map((c) => {
      const title = toLocalized(c.title)[SOURCE_LOCALE] ?? c.slug;
      return [mentionKey({ kind: "case", id: c.id }), { ...c, kind: "case", title, caseKind: c.kind }] as const;
    }),
  ]);
  const current = { tagIds: article.tags.map((t) => t.tagId), personIds: article.persons.map((p) => p.personId), caseIds: article.cases.map((c) => c.caseId) };
  const suggestions = suggestForMentions({ mentioned: targets.flatMap((target) => facts.get(mentionKey(target)) ?? []), tags, article: current });
  return { suggestions, current };
}

const PERSON_MENTION_PATH = '$.** ? (@.type == "mention" && @.attrs.kind == "person" && @.attrs.id == $id)';
const MENTION_PATH = '$.** ? (@.type == "mention" && @.attrs.kind == $kind && @.attrs.id == $id)';

/** The slugs of the articles whose text readers see (a published version's published revision) mentions the record. */
export async function articlesMentioning(tx: Tx, target: MentionTarget): Promise<string[]> {
  const rows = await tx.$queryRaw<{ slug: string }[]>`
    SELECT DISTINCT a.slug FROM "Article" a
      JOIN "ArticleVersion" v ON v."articleId" = a.id AND v.status = 'published'
      JOIN "ArticleRevision" r ON r.id = v."publishedRevisionId"
    WHERE jsonb_path_exists(r.body, ${MENTION_PATH}::jsonpath, jsonb_build_object('kind', ${target.kind}::text, 'id', ${target.id}::text))
    ORDER BY a.slug`;
  return rows.map((row) => row.slug);
}

/** How many language versions mention the person, in their current text or in the text readers see. */
export async function countPersonMentions(tx: Tx, personId: string): Promise<number> {
  const [row] = await tx.$queryRaw<{ count: number }[]>`
    SELECT count(DISTINCT v.id)::int AS count FROM "ArticleVersion" v LEFT JOIN "ArticleRevision" r ON r.id = v."publishedRevisionId"
    WHERE jsonb_path_exists(v.body, ${PERSON_MENTION_PATH}::jsonpath, jsonb_build_object('id', ${personId}::text))
       OR jsonb_path_exists(r.body, ${PERSON_MENTION_PATH}::jsonpath, jsonb_build_object('id', ${personId}::text))`;
  return row?.count ?? 0;
}

/**
 * Part of a merge of duplicate persons: every mention of the duplicate, in every language version and
 * every kept revision, now names the survivor, so no article is left pointing at a removed record.
 */
export async function repointPersonMentions(tx: Tx, duplicateId: string, survivorId: string): Promise<void> {
  const from = { kind: "person", id: duplicateId } as const;
  const to = { kind: "person", id: survivorId } as const;
  const versions = await tx.$queryRaw<{ id: string; body: unknown }[]>`
    SELECT id, body FROM "ArticleVersion" WHERE jsonb_path_exists(body, ${PERSON_MENTION_PATH}::jsonpath, jsonb_build_object('id', ${duplicateId}::text))`;
  const revisions = await tx.$queryRaw<{ id: string; body: unknown }[]>`
    SELECT id, body FROM "ArticleRevision" WHERE jsonb_path_exists(body, ${PERSON_MENTION_PATH}::jsonpath, jsonb_build_object('id', ${duplicateId}::text))`;
  for (const row of versions) {
    const body = repointMentions(ZRichTextDoc.parse(row.body), from, to);
    if (body) await tx.articleVersion.update({ where: { id: row.id }, data: { body } });
  }
  for (const row of revisions) {
    const body = repointMentions(ZRichTextDoc.parse(row.body), from, to);
    if (body) await tx.articleRevision.update({ where: { id: row.id }, data: { body } });
  }
}
