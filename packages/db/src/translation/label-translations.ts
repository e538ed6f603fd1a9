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
import { toLocalized, toTranslated, toTranslatedLabels } from "../mappers";
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

/** One translatable text in every language, as stored. */
type Entry = Omit<LabelTranslationItem, "source" | "translation" | "base" | "state"> & { texts: LocalizedTexts; bases: LocalizedTexts };

/** Everything the desk lists of these kinds, in display order; a text without English has nothing to translate yet. */
async function loadEntries(kinds: readonly LabelKind[] = LABEL_KINDS): Promise<Entry[]> {
  const wanted = new Set(kinds);
  const [tags, persons, events] = await Promise.all([
    wanted.has("tag") ? db().tag.findMany({ select: { id: true, kind: true, slug: true, labels: { select: { locale: true, label: true, sourceText: true } } } }) : [],
    // Name and bio only: nothing internal about a person is needed to translate their bio.
    wanted.has("bio") ? db().person.findMany({ select: { id: true, name: true, bio: true, bioSource: true }, orderBy: { name: "asc" } }) : [],
    wanted.has("event")
      ? db().caseEvent.findMany({
          select: { id: true, year: true, month: true, day: true, kind: true, description: true, descriptionSource: true, case: { select: { slug: true, title: true } } },
          orderBy: [{ case: { createdAt: "desc" } }, { caseId: "asc" }, { year: "asc" }, { month: { sort: "asc", nulls: "first" } }, { day: { sort: "asc", nulls: "first" } }, { id: "asc" }],
        })
      : [],
  ]);
  const tagEntries: Entry[] = tags
    .map((tag) => {
      const labels = toTranslatedLabels(tag.labels);
      return { kind: "tag" as const, id: tag.id, name: labels.texts[SOURCE_LOCALE] ?? tag.slug, context: tag.kind === "country" ? "Country" : "Topic", ...labels };
    })
    .sort((a, b) => a.name.localeCompare(b.name, SOURCE_LOCALE));
  const entries: Entry[] = [
    ...tagEntries,
    ...persons.map((person) => ({ kind: "bio" as const, id: person.id, name: person.name, context: "Biography", ...toTranslated(person.bio, person.bioSource) })),
    ...events.map((event) => ({
      kind: "event" as const,
      id: event.id,
      name: toLocalized(event.case.title)[SOURCE_LOCALE] ?? event.case.slug,
      context: `${formatPartialDate(toPartialDate(event) ?? { year: event.year })} · ${event.kind}`,
      ...toTranslated(event.description, event.descriptionSource),
    })),
  ];
  return entries.filter((entry) => entry.texts[SOURCE_LOCALE]);
}

function itemOf({ texts, bases, ...entry }: Entry, locale: Locale): LabelTranslationItem {
  const translation = translationIn({ texts, bases }, locale);
  return { ...entry, ...translation, state: labelState(translation) };
}

/** Every tag label, biography and timeline description of these kinds with its translation into `locale`. */
export async function listLabelTranslations(locale: Locale, kinds: readonly LabelKind[] = LABEL_KINDS): Promise<LabelTranslationList> {
  const list: LabelTranslationList = { tag: [], bio: [], event: [] };
  for (const entry of await loadEntries(kinds)) list[entry.kind].push(itemOf(entry, locale));
  return list;
}

export type LabelTranslationPages = Record<LabelKind, ListPage<LabelTranslationItem>>;

/** Texts of each kind on the desk's first page, which shows all three kinds. */
const LABEL_OVERVIEW_SIZE = 20;

/**
 * One page of the labels desk in `locale`: of one kind of text when the query names it (else the first page
 * of each), only those in the state asked for. A page holds a list page's worth of texts, so that a
 * registry of thousands of biographies does not come to the browser at once.
 */
export async function listLabelTranslationPages(locale: Locale, query: LabelListQuery): Promise<LabelTranslationPages> {
  const list = await listLabelTranslations(locale, query.kind ? [query.kind] : LABEL_KINDS);
  // Without a kind the desk shows the start of all three, each shorter, so that the page stays as light as one list.
  const size = query.kind ? LIST_PAGE_SIZE : LABEL_OVERVIEW_SIZE;
  const page = (kind: LabelKind) => pageAfterId(list[kind].filter((item) => answersLabelState(query.state, item.state)), kind === query.kind ? query.after : undefined, size);
  return { tag: page("tag"), bio: page("bio"), event: page("event") };
}

/**
 * How many texts are missing or outdated in each language but the source, counted by the database: the
 * translation desk shows these counts on every visit, and reading every biography and timeline text into
 * the server to count them cost more than the rest of the desk. Same rule as `labelState`: a text with
 * English counts; its translation is missing when empty, current when made from the English as it is now.
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
    SELECT l.locale,
      count(*) FILTER (WHERE coalesce(t.texts ->> l.locale, '') = '')::int AS missing,
      count(*) FILTER (WHERE coalesce(t.texts ->> l.locale, '') <> '' AND (t.bases ->> l.locale) IS DISTINCT FROM (t.texts ->> ${SOURCE_LOCALE}))::int AS outdated
    FROM texts t CROSS JOIN unnest(${targets}::text[]) AS l(locale)
    WHERE coalesce(t.texts ->> ${SOURCE_LOCALE}, '') <> ''
    GROUP BY l.locale`;
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
