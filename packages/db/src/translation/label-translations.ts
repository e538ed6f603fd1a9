import {
  answersLabelState,
  AppError,
  formatPartialDate,
  isSourceLocale,
  LABEL_SOURCE_CHANGED,
  LABEL_TRANSLATION_CHANGED,
  type LabelCounts,
  LABEL_KINDS,
  type LabelKind,
  type LabelListQuery,
  labelState,
  type LabelState,
  type LabelTarget,
  LIST_PAGE_SIZE,
  type ListPage,
  type Locale,
  LOCALES,
  type LocalizedTexts,
  type MarkLabelUpToDate,
  outdatedTranslations,
  pageAfterId,
  registryRevalidationTags,
  type SaveLabelTranslation,
  SOURCE_LOCALE,
  tagRevalidationTags,
  translationIn,
} from "@rightsdesk/domain";
import { type Actor, assertAllowed } from "../access/access";
import { type Revalidating } from "../articles/article-footprint";
import { getTagFootprint } from "../articles/tags";
import { db, type Tx } from "../infra/client";
import { caseFootprint, personFootprint } from "../registry/footprint";
import { recordChange } from "../registry/history";
import { Prisma } from "../generated/prisma/client";
import { toTranslated, toTranslatedLabels } from "../mappers";
import { toPartialDate } from "../registry/rows";

/*
 * The labels desk: tag labels, person biographies and case timeline descriptions in one language,
 * each with the English it translates and whether that English changed since (see label-translation.ts).
 */

export type LabelTranslationItem = {
  kind: LabelKind;
  id: string;
  /** Whose text it is: the tag's English label, the person's name, the case's English title. */
  name: string;
  /** What else tells the item apart: the tag's kind, or the event's date and kind. */
  context: string;
  source: string;
  translation: string | null;
  /** The English the translation was made from; null when none is recorded. */
  base: string | null;
  state: LabelState;
};

export type LabelTranslationList = Record<LabelKind, LabelTranslationItem[]>;

const { sql, empty } = Prisma;

/** A text map's text in `locale` (an SQL text), null when it has none; the forms and the desk store strings only. */
const textIn = (texts: Prisma.Sql, locale: Prisma.Sql) => sql`(${texts} ->> ${locale})`;
const localeParam = (locale: Locale) => sql`${locale}::text`;

/**
 * A text's translation into `locale` (SQL columns source, translation, base and state), by `labelState`'s rule:
 * missing when empty, current when made from the English as it is now, else outdated. The database decides it,
 * so that the desk filters, pages and counts thousands of biographies without reading them into the server.
 */
function translationColumns(texts: Prisma.Sql, bases: Prisma.Sql, locale: Prisma.Sql): Prisma.Sql {
  const source = textIn(texts, localeParam(SOURCE_LOCALE));
  const translation = sql`nullif(${textIn(texts, locale)}, '')`;
  const base = textIn(bases, locale);
  return sql`${source} AS source, ${translation} AS translation, ${base} AS base,
    CASE WHEN ${translation} IS NULL THEN 'missing' WHEN ${base} = ${source} THEN 'current' ELSE 'outdated' END AS state`;
}

/** `answersLabelState` on the `state` column; a text without English has nothing to translate yet. */
function labelWhere(filter: LabelListQuery["state"]): Prisma.Sql {
  const state = !filter ? empty : filter === "todo" ? sql`AND state <> 'current'` : sql`AND state = ${filter}`;
  return sql`WHERE coalesce(source, '') <> '' ${state}`;
}

type TranslationColumns = { source: string; translation: string | null; base: string | null };
const withState = <T extends TranslationColumns>(row: T) => ({ ...row, state: labelState(row) });

/** Which texts of a kind to read: their state, where a page starts (after an id) and how many at most. */
type LabelSlice = { state?: LabelListQuery["state"]; after?: string; size?: number };

const limitOf = (size: number | undefined) => (size === undefined ? empty : sql`LIMIT ${size + 1}`);

/** The page of `rows` (read one beyond `size`) and where the next starts. */
function pageOf<T extends { id: string }>(rows: T[], size: number | undefined): ListPage<T> {
  if (size === undefined || rows.length <= size) return { items: rows, next: null };
  const items = rows.slice(0, size);
  return { items, next: items.at(-1)?.id ?? null };
}

/** Tag labels: a few hundred at most, read whole and sorted by their English as a reader would (the database's collation may not). */
async function tagItems(locale: Locale, { state, after, size }: LabelSlice): Promise<ListPage<LabelTranslationItem>> {
  const tags = await db().tag.findMany({ select: { id: true, kind: true, labels: { select: { locale: true, label: true, sourceText: true } } } });
  const items = tags
    .flatMap((tag): LabelTranslationItem[] => {
      const labels = toTranslatedLabels(tag.labels);
      const name = labels.texts[SOURCE_LOCALE];
      if (!name) return [];
      const translation = translationIn(labels, locale);
      return [{ kind: "tag", id: tag.id, name, context: tag.kind === "country" ? "Country" : "Topic", ...translation, state: labelState(translation) }];
    })
    .sort((a, b) => a.name.localeCompare(b.name, SOURCE_LOCALE))
    .filter((item) => answersLabelState(state, item.state));
  return size === undefined ? { items, next: null } : pageAfterId(items, after, size);
}

/** Biographies by name (the person list's index); a page starts after the person it names, or at the start if they are gone. */
async function bioItems(locale: Locale, { state, after, size }: LabelSlice): Promise<ListPage<LabelTranslationItem>> {
  // One bound the name index can seek to; a person gone since gives ('', ''), before everyone.
  const start = after ? sql`AND (name, id) > (SELECT coalesce(max(name), ''), coalesce(max(id), '') FROM "Person" WHERE id = ${after})` : empty;
  // Name and bio only: nothing internal about a person is needed to translate their bio.
  const rows = await db().$queryRaw<({ id: string; name: string } & TranslationColumns)[]>`
    SELECT id, name, source, translation, base FROM (
      SELECT id, name, ${translationColumns(sql`bio`, sql`"bioSource"`, localeParam(locale))} FROM "Person"
    ) p ${labelWhere(state)} ${start}
    ORDER BY name, id ${limitOf(size)}`;
  return pageOf(rows.map((row) => ({ kind: "bio" as const, ...withState(row), context: "Biography" })), size);
}

/** Timeline descriptions, newest case first and each timeline in date order (an unknown month or day first), as the case shows them. */
async function eventItems(locale: Locale, { state, after, size }: LabelSlice): Promise<ListPage<LabelTranslationItem>> {
  const order = sql`"caseCreatedAt" DESC, "caseId", year, coalesce(month, 0), coalesce(day, 0), id`;
  const columns = sql`e.id, e."caseId", c."createdAt" AS "caseCreatedAt", e.year, e.month, e.day, e.kind,
    coalesce(${textIn(sql`c.title`, localeParam(SOURCE_LOCALE))}, c.slug) AS name, ${translationColumns(sql`e.description`, sql`e."descriptionSource"`, localeParam(locale))}`;
  const from = sql`"CaseEvent" e JOIN "Case" c ON c.id = e."caseId"`;
  const start = after
    ? sql`AND (NOT EXISTS (SELECT 1 FROM "CaseEvent" WHERE id = ${after}) OR EXISTS (
        SELECT 1 FROM (SELECT c."createdAt", e."caseId", e.year, coalesce(e.month, 0) AS month, coalesce(e.day, 0) AS day, e.id FROM ${from} WHERE e.id = ${after}) s
        WHERE t."caseCreatedAt" < s."createdAt"
          OR (t."caseCreatedAt" = s."createdAt" AND (t."caseId", t.year, coalesce(t.month, 0), coalesce(t.day, 0), t.id) > (s."caseId", s.year, s.month, s.day, s.id))))`
    : empty;
  const rows = await db().$queryRaw<({ id: string; name: string; year: number; month: number | null; day: number | null; kind: string } & TranslationColumns)[]>`
    SELECT id, name, year, month, day, kind, source, translation, base FROM (SELECT ${columns} FROM ${from}) t
    ${labelWhere(state)} ${start}
    ORDER BY ${order} ${limitOf(size)}`;
  const items = rows.map(({ year, month, day, kind, ...row }) => ({
    kind: "event" as const,
    ...withState(row),
    context: `${formatPartialDate(toPartialDate({ year, month, day }) ?? { year })} · ${kind}`,
  }));
  return pageOf(items, size);
}

const readers: Record<LabelKind, (locale: Locale, slice: LabelSlice) => Promise<ListPage<LabelTranslationItem>>> = { tag: tagItems, bio: bioItems, event: eventItems };

/** Every tag label, biography and timeline description of these kinds with its translation into `locale`. */
export async function listLabelTranslations(locale: Locale, kinds: readonly LabelKind[] = LABEL_KINDS): Promise<LabelTranslationList> {
  const [tag, bio, event] = await Promise.all(LABEL_KINDS.map((kind) => (kinds.includes(kind) ? readers[kind](locale, {}) : { items: [] })));
  return { tag: tag?.items ?? [], bio: bio?.items ?? [], event: event?.items ?? [] };
}

export type LabelTranslationPages = Record<LabelKind, ListPage<LabelTranslationItem>>;

/** Texts of each kind on the desk's first page, which shows all three kinds. */
const LABEL_OVERVIEW_SIZE = 20;

/**
 * One page of the labels desk in `locale`: of one kind of text when the query names it (else the first page
 * of each), only those in the state asked for. A page holds a list page's worth of texts, so that a
 * registry of thousands of biographies does not come to the browser at once; the database filters and
 * pages biographies and timelines, so that they do not come to the server at once either.
 */
export async function listLabelTranslationPages(locale: Locale, query: LabelListQuery): Promise<LabelTranslationPages> {
  // Without a kind the desk shows the start of all three, each shorter, so that the page stays as light as one list.
  const size = query.kind ? LIST_PAGE_SIZE : LABEL_OVERVIEW_SIZE;
  const none: ListPage<LabelTranslationItem> = { items: [], next: null };
  const page = (kind: LabelKind) =>
    query.kind && query.kind !== kind ? none : readers[kind](locale, { state: query.state, after: kind === query.kind ? query.after : undefined, size });
  const [tag, bio, event] = await Promise.all([page("tag"), page("bio"), page("event")]);
  return { tag, bio, event };
}

/**
 * How many texts are missing or outdated in each language but the source, counted by the database: the
 * translation desk shows these counts on every visit, and reading every biography and timeline text into
 * the server to count them cost more than the rest of the desk. Same rule as the desk's list (`translationColumns`).
 */
export async function countLabelTranslations(): Promise<Partial<Record<Locale, LabelCounts>>> {
  const targets = LOCALES.filter((locale) => !isSourceLocale(locale));
  const rows = await db().$queryRaw<{ locale: string; missing: number; outdated: number }[]>`
    WITH texts AS (
      SELECT bio AS texts, "bioSource" AS bases FROM "Person"
      UNION ALL
      SELECT description, "descriptionSource" FROM "CaseEvent"
      UNION ALL
      SELECT jsonb_object_agg(locale, label), coalesce(jsonb_object_agg(locale, "sourceText") FILTER (WHERE "sourceText" IS NOT NULL), '{}')
      FROM "TagLabel" GROUP BY "tagId"
    )
    SELECT locale, count(*) FILTER (WHERE state = 'missing')::int AS missing, count(*) FILTER (WHERE state = 'outdated')::int AS outdated
    FROM (SELECT l.locale, ${translationColumns(sql`t.texts`, sql`t.bases`, sql`l.locale`)} FROM texts t CROSS JOIN unnest(${targets}::text[]) AS l(locale)) s
    ${labelWhere(undefined)}
    GROUP BY locale`;
  const counted = new Map(rows.map((row) => [row.locale, { missing: row.missing, outdated: row.outdated }]));
  return Object.fromEntries(targets.map((locale) => [locale, counted.get(locale) ?? { missing: 0, outdated: 0 }]));
}

/** The languages in which a person's biography is outdated, for the person form. */
export async function outdatedBioLocales(personId: string): Promise<Locale[]> {
  const person = await db().person.findUnique({ where: { id: personId }, select: { bio: true, bioSource: true } });
  return person ? outdatedTranslations(toTranslated(person.bio, person.bioSource)) : [];
}

/** One text in one language as stored. */
type Stored = ReturnType<typeof translationIn>;

/**
 * Reading and writing one kind of text. `read` also locks the record that holds the text until the
 * transaction ends, so that what it read is still what is stored when `write` runs. `write` stores
 * the translation with its base, or (an empty text) removes both; a bio or an event bumps its
 * person's or case's version, so that an editor's open form notices.
 */
type LabelStore = {
  read(tx: Tx, id: string, locale: Locale): Promise<Stored>;
  write(tx: Tx, target: { id: string; locale: Locale; text: string; base: string | null }, actor: Actor): Promise<void>;
  /** The public cache tags of the pages that show the text, read in the transaction that changes it. */
  pagesShowing(tx: Tx, id: string): Promise<string[]>;
};


const withText = (texts: LocalizedTexts, locale: Locale, text: string | null): LocalizedTexts => ({ ...texts, [locale]: text || undefined });

const tagStore: LabelStore = {
  async read(tx, id, locale) {
    // A label not translated yet has no row to lock: its tag stands for all of them.
    await tx.$queryRaw`SELECT id FROM "Tag" WHERE id = ${id} FOR UPDATE`;
    const tag = await tx.tag.findUnique({ where: { id }, select: { labels: { select: { locale: true, label: true, sourceText: true } } } });
    if (!tag) throw new AppError("not_found", "This tag does not exist.");
    return translationIn(toTranslatedLabels(tag.labels), locale);
  },
  async write(tx, { id, locale, text, base }) {
    if (!text) await tx.tagLabel.deleteMany({ where: { tagId: id, locale } });
    else await tx.tagLabel.upsert({ where: { tagId_locale: { tagId: id, locale } }, create: { tagId: id, locale, label: text, sourceText: base }, update: { label: text, sourceText: base } });
  },
  async pagesShowing(tx, id) {
    const footprint = await getTagFootprint(id, tx);
    return footprint ? tagRevalidationTags(footprint) : [];
  },
};

const bioStore: LabelStore = {
  async read(tx, id, locale) {
    await tx.$queryRaw`SELECT id FROM "Person" WHERE id = ${id} FOR UPDATE`;
    const person = await tx.person.findUnique({ where: { id }, select: { bio: true, bioSource: true } });
    if (!person) throw new AppError("not_found", "This person does not exist (they may have been merged into another record).");
    return translationIn(toTranslated(person.bio, person.bioSource), locale);
  },
  async write(tx, { id, locale, text, base }, actor) {
    const before = await tx.person.findUniqueOrThrow({ where: { id }, select: { bio: true, bioSource: true, version: true } });
    const { texts, bases } = toTranslated(before.bio, before.bioSource);
    const bio = withText(texts, locale, text);
    const bioSource = withText(bases, locale, text && base);
    // Only over the version just read: a person form saved in between is not overwritten.
    const updated = await tx.person.updateMany({ where: { id, version: before.version }, data: { bio, bioSource, version: before.version + 1 } });
    if (updated.count !== 1) throw new AppError("conflict", "Someone saved this person at the same moment. Reload and save again; your text is kept.");
    await recordChange(tx, { entity: "person", entityId: id, action: "update", actorId: actor.id, before: { bio: texts }, after: { bio } });
  },
  async pagesShowing(tx, id) {
    return registryRevalidationTags(await personFootprint(tx, id));
  },
};

const EVENT_GONE = "This timeline event does not exist (the case may have been saved with a new timeline). Reload the page; your text is kept.";

const eventStore: LabelStore = {
  async read(tx, id, locale) {
    // The case form replaces a whole timeline under its case's lock: holding that lock keeps the event as
    // read until this save ends, and taking it before the event's, in the form's order, cannot deadlock.
    await tx.$queryRaw`SELECT c.id FROM "Case" c JOIN "CaseEvent" e ON e."caseId" = c.id WHERE e.id = ${id} FOR UPDATE OF c`;
    const event = await tx.caseEvent.findUnique({ where: { id }, select: { description: true, descriptionSource: true } });
    if (!event) throw new AppError("not_found", EVENT_GONE);
    return translationIn(toTranslated(event.description, event.descriptionSource), locale);
  },
  async write(tx, { id, locale, text, base }, actor) {
    const event = await tx.caseEvent.findUnique({ where: { id }, select: { caseId: true, description: true, descriptionSource: true } });
    if (!event) throw new AppError("not_found", EVENT_GONE);
    const { texts, bases } = toTranslated(event.description, event.descriptionSource);
    const description = withText(texts, locale, text);
    // A case form saved at this very moment replaces the timeline: the event is gone, and the translator is told.
    const updated = await tx.caseEvent.updateMany({ where: { id }, data: { description, descriptionSource: withText(bases, locale, text && base) } });
    if (updated.count !== 1) throw new AppError("not_found", EVENT_GONE);
    // The case form saves the whole timeline: its version tells an open form that an event changed.
    await tx.case.update({ where: { id: event.caseId }, data: { version: { increment: 1 } } });
    await recordChange(tx, {
      entity: "case",
      entityId: event.caseId,
      action: "update",
      actorId: actor.id,
      before: { event: id, description: texts },
      after: { event: id, description },
    });
  },
  async pagesShowing(tx, id) {
    const event = await tx.caseEvent.findUnique({ where: { id }, select: { caseId: true } });
    return event ? registryRevalidationTags(await caseFootprint(tx, event.caseId)) : [];
  },
};

export const labelStores: Record<LabelKind, LabelStore> = { tag: tagStore, bio: bioStore, event: eventStore };

/**
 * Refuses a change as a conflict unless the stored translation is still the one the translator
 * started from ("" for none). The text itself is the version compared, not its record's: two saves
 * of one text in one language conflict, while translators of other languages, or of another text of
 * the same person or case, never refuse each other's saves. An editor's person or case form still
 * sees every translation saved, through the record's version that `write` bumps.
 */
export function assertTranslationUnchanged(stored: Stored, previousTranslation: string): void {
  if ((stored.translation ?? "") !== previousTranslation) throw new AppError("conflict", LABEL_TRANSLATION_CHANGED);
}

/**
 * Runs a change of one translation when the English is still the text the translator saw and the
 * translation still the one they started from; otherwise refuses it as a conflict and stores nothing.
 */
async function withCurrentSource<T>(target: LabelTarget, actor: Actor, change: (tx: Tx, stored: Stored, store: LabelStore) => Promise<T>): Promise<T> {
  assertAllowed(actor, { kind: "registry.translate", locale: target.locale });
  const store = labelStores[target.kind];
  return db().$transaction(async (tx) => {
    const stored = await store.read(tx, target.id, target.locale);
    if (stored.source !== target.sourceText) throw new AppError("conflict", LABEL_SOURCE_CHANGED);
    assertTranslationUnchanged(stored, target.previousTranslation);
    return change(tx, stored, store);
  });
}

/**
 * Saves a translation made from `sourceText`, which becomes its base; gives the text as stored and the public
 * pages that show it, read in the same transaction.
 */
export async function saveLabelTranslation(target: SaveLabelTranslation, actor: Actor): Promise<Revalidating<{ translation: string }>> {
  const { id, locale, text } = target;
  const revalidate = await withCurrentSource(target, actor, async (tx, stored, store) => {
    await store.write(tx, { id, locale, text, base: stored.source }, actor);
    return store.pagesShowing(tx, id);
  });
  return { result: { translation: text }, revalidate };
}

/** Records that the translation, unchanged, still says what the English `sourceText` says. */
export async function markLabelUpToDate(target: MarkLabelUpToDate, actor: Actor): Promise<void> {
  const { id, locale } = target;
  await withCurrentSource(target, actor, async (tx, stored, store) => {
    if (!stored.translation) throw new AppError("validation", "There is no translation to mark as up to date: write one first.");
    await store.write(tx, { id, locale, text: stored.translation, base: stored.source }, actor);
  });
}
