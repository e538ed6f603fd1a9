import {
  AppError,
  cacheTags,
  can,
  type Locale,
  LOCALE_NAMES,
  type MediaAssetSummary,
  MEDIA_TEXT_FIELDS,
  MEDIA_TEXT_NAMES,
  type MediaTextChanges,
  type MediaTexts,
  type MediaTextsToPublish,
  mergeLocalized,
  type QueuePage,
  type QueueWindow,
  patchLocales,
  patchTextsIn,
  SOURCE_LOCALE,
  waitingAfterSave,
  type MediaMetadataPatch,
} from "@rightsdesk/domain";
import { type Actor, assertAllowed } from "../access/access";
import { type Revalidating } from "../articles/article-footprint";
import { recordAudit } from "../access/audit";
import { db, type Tx } from "../infra/client";
import { toLocale } from "../mappers";
import { toLocalized } from "../mappers";
import { pendingChanges, summarySelect, toSummary } from "./assets";
import { shownToReaders } from "./public";

/*
 * Alt text, captions and transcripts per language: an editor's save goes live at once (unlike a save of a published
 * article version's text, which waits for "Publish changes"), while a translator's save of an asset that readers
 * see waits in MediaPendingText until an editor publishes or discards it. Of an asset no published article shows, every save is simply kept: it reaches
 * readers when an editor publishes an article that shows it. The public site reads the live texts only.
 * Should an editor's save of a published version come to wait for "Publish changes" too (issue #15), theirs
 * should wait here in the same way.
 */

/** Locks the asset's row for the rest of the transaction, so that saves and publications of its texts never interleave. */
async function lockAsset(tx: Tx, id: string): Promise<void> {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "MediaAsset" WHERE "id" = ${id} FOR UPDATE`;
  if (rows.length === 0) throw new AppError("not_found", "This media item does not exist.");
}

const storedChanges = (changes: MediaTextChanges) => ({
  alt: changes.alt ?? null,
  caption: changes.caption ?? null,
  transcript: changes.transcript ?? null,
});

/** Writes what waits in one language, or removes the row when nothing does. */
async function storeWaiting(tx: Tx, assetId: string, locale: Locale, changes: MediaTextChanges, authorId: string): Promise<void> {
  const where = { assetId_locale: { assetId, locale } };
  if (Object.keys(changes).length === 0) {
    await tx.mediaPendingText.deleteMany({ where: { assetId, locale } });
    return;
  }
  await tx.mediaPendingText.upsert({
    where,
    create: { assetId, locale, authorId, ...storedChanges(changes) },
    update: { authorId, ...storedChanges(changes) },
  });
}

const liveTexts = (summary: MediaAssetSummary): MediaTexts => ({ alt: summary.alt, caption: summary.caption, transcript: summary.transcript });

/**
 * Changes alt text, captions, transcripts (per language) and the credit. Each language written is checked against
 * the actor's role, so a translator may describe media in their languages only; what goes live and what waits is
 * said at the top of this file. Gives the asset and, when anything went live, its pages to revalidate.
 */
export async function updateMediaMetadata(id: string, patch: MediaMetadataPatch, actor: Actor): Promise<Revalidating<MediaAssetSummary>> {
  const locales = patchLocales(patch);
  for (const locale of locales) assertAllowed(actor, { kind: "media.describe", locale });
  if (patch.credit !== undefined) assertAllowed(actor, { kind: "media.manage" });
  return db().$transaction(async (tx) => {
    await lockAsset(tx, id);
    const before = toSummary(await tx.mediaAsset.findUniqueOrThrow({ where: { id }, select: summarySelect }));
    const held = locales.filter((locale) => !can(actor.role, { kind: "version.publish", locale }));
    const waits = new Set(held.length > 0 && (await shownToReaders(id, tx)) ? held : []);
    const live = { alt: { ...before.alt }, caption: { ...before.caption }, transcript: { ...before.transcript } };
    for (const locale of locales) {
      const written = patchTextsIn(patch, locale);
      const waiting = before.pending[locale]?.texts ?? {};
      if (waits.has(locale)) {
        await storeWaiting(tx, id, locale, waitingAfterSave(liveTexts(before), locale, waiting, written), actor.id);
        continue;
      }
      // A text saved live also replaces what waited for it.
      const rest = { ...waiting };
      for (const field of MEDIA_TEXT_FIELDS) {
        const text = written[field];
        if (text === undefined) continue;
        live[field] = mergeLocalized(live[field], { [locale]: text });
        delete rest[field];
      }
      if (before.pending[locale]) await storeWaiting(tx, id, locale, rest, actor.id);
    }
    const updated = await tx.mediaAsset.update({
      where: { id },
      data: { ...live, credit: patch.credit ?? before.credit },
      select: summarySelect,
    });
    const wentLive = patch.credit !== undefined || locales.some((locale) => !waits.has(locale));
    return { result: toSummary(updated), revalidate: wentLive ? [cacheTags.media(id)] : [] };
  });
}

/** The asset's English alt text or caption, to name it in the log and the dashboard. */
function nameOf(asset: { kind: string; alt: MediaTexts["alt"]; caption: MediaTexts["caption"] }): string {
  return asset.alt[SOURCE_LOCALE] || asset.caption[SOURCE_LOCALE] || (asset.kind === "video" ? "A video" : "An image");
}

const nothingWaits = (locale: Locale) => new AppError("not_found", `No texts of this media item wait to be published in ${LOCALE_NAMES[locale]}.`);

/** Makes a translator's waiting texts of one language the ones readers see, records it in the audit log, and names the asset's pages. */
export async function publishMediaTexts(id: string, locale: Locale, actor: Actor): Promise<Revalidating<MediaAssetSummary>> {
  assertAllowed(actor, { kind: "version.publish", locale });
  return db().$transaction(async (tx) => {
    await lockAsset(tx, id);
    const before = toSummary(await tx.mediaAsset.findUniqueOrThrow({ where: { id }, select: summarySelect }));
    const waiting = before.pending[locale];
    if (!waiting) throw nothingWaits(locale);
    const fields = MEDIA_TEXT_FIELDS.filter((field) => waiting.texts[field] !== undefined);
    const live = liveTexts(before);
    for (const field of fields) live[field] = mergeLocalized(live[field], { [locale]: waiting.texts[field] });
    await tx.mediaPendingText.delete({ where: { assetId_locale: { assetId: id, locale } } });
    const updated = await tx.mediaAsset.update({ where: { id }, data: live, select: summarySelect });
    await recordAudit(
      {
        action: "media.publish",
        actorId: actor.id,
        targetType: "media",
        targetId: id,
        summary: `Published the ${fields.map((field) => MEDIA_TEXT_NAMES[field].toLowerCase()).join(", ")} of “${nameOf(before)}” (${locale})`,
        details: { locale, fields, author: waiting.authorName },
      },
      tx,
    );
    return { result: toSummary(updated), revalidate: [cacheTags.media(id)] };
  });
}

/** Drops a translator's waiting texts of one language; readers keep seeing the live ones. */
export async function discardMediaTexts(id: string, locale: Locale, actor: Actor): Promise<MediaAssetSummary> {
  assertAllowed(actor, { kind: "version.publish", locale });
  return db().$transaction(async (tx) => {
    await lockAsset(tx, id);
    const removed = await tx.mediaPendingText.deleteMany({ where: { assetId: id, locale } });
    if (removed.count === 0) throw nothingWaits(locale);
    return toSummary(await tx.mediaAsset.findUniqueOrThrow({ where: { id }, select: summarySelect }));
  });
}

/** One window of the languages of assets whose texts wait for an editor, longest waiting first, and how many wait. */
export async function mediaTextsToPublish(window: QueueWindow): Promise<QueuePage<MediaTextsToPublish>> {
  const [rows, total] = await Promise.all([
    db().mediaPendingText.findMany({
      select: {
        assetId: true,
        locale: true,
        alt: true,
        caption: true,
        transcript: true,
        updatedAt: true,
        author: { select: { name: true } },
        asset: { select: { kind: true, alt: true, caption: true, transcript: true } },
      },
      orderBy: [{ updatedAt: "asc" }, { assetId: "asc" }, { locale: "asc" }],
      ...window,
    }),
    db().mediaPendingText.count(),
  ]);
  const items = rows.map((row): MediaTextsToPublish => {
    const locale = toLocale(row.locale);
    const live: MediaTexts = { alt: toLocalized(row.asset.alt), caption: toLocalized(row.asset.caption), transcript: toLocalized(row.asset.transcript) };
    const proposed = pendingChanges(row);
    return {
      assetId: row.assetId,
      kind: row.asset.kind,
      locale,
      name: nameOf({ kind: row.asset.kind, ...live }),
      changes: MEDIA_TEXT_FIELDS.flatMap((field) => {
        const text = proposed[field];
        return text === undefined ? [] : [{ field, live: live[field][locale] ?? "", proposed: text }];
      }),
      authorName: row.author.name,
      savedAt: row.updatedAt,
    };
  });
  return { items, total };
}
