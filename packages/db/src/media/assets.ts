import {
  AppError,
  checkUpload,
  isImageMimeType,
  type MediaAssetSummary,
  type MediaKind,
  type MediaMimeType,
  MEDIA_TEXT_FIELDS,
  type MediaTextChanges,
  missingAltText,
  type RichTextDoc,
  SNIFF_BYTES,
  SOURCE_LOCALE,
  VARIANT_FORMAT,
  videoEmbedUrl,
  type VideoEmbedInput,
  keysetPage,
  LIST_PAGE_SIZE,
  type ListPage,
  type MediaLibraryQuery,
} from "@rightsdesk/domain";
import { mediaAssetIds } from "@rightsdesk/rich-text";
import { type Actor, assertAllowed } from "../access/access";
import { recordAudit } from "../access/audit";
import { db, type Tx } from "../infra/client";
import { type Prisma } from "../generated/prisma/client";
import { toLocale } from "../mappers";
import { toLocalized } from "../mappers";
import { processImage } from "./process";
import { type MediaStorage, mediaStorage, newAssetFolder, originalKey, variantKey } from "./storage";
import { stripVideoMetadata } from "./strip-video-metadata";

/*
 * The media library for editors: uploads (checked by their bytes, stripped of metadata),
 * embedded videos, descriptions per language, deletion. The public site reads media only through
 * public.ts.
 */

export const summarySelect = {
  id: true,
  kind: true,
  mimeType: true,
  externalUrl: true,
  width: true,
  height: true,
  bytes: true,
  alt: true,
  caption: true,
  transcript: true,
  credit: true,
  createdAt: true,
  pendingTexts: { select: { locale: true, alt: true, caption: true, transcript: true, author: { select: { name: true } } } },
} satisfies Prisma.MediaAssetSelect;

type SummaryRow = Prisma.MediaAssetGetPayload<{ select: typeof summarySelect }>;

/** The texts a stored pending row changes: a null column leaves that text as it is. */
export function pendingChanges(row: Record<(typeof MEDIA_TEXT_FIELDS)[number], string | null>): MediaTextChanges {
  const changes: MediaTextChanges = {};
  for (const field of MEDIA_TEXT_FIELDS) {
    const text = row[field];
    if (text !== null) changes[field] = text;
  }
  return changes;
}

export function toSummary({ pendingTexts, ...row }: SummaryRow): MediaAssetSummary {
  const pending: MediaAssetSummary["pending"] = {};
  for (const waiting of pendingTexts) {
    pending[toLocale(waiting.locale)] = { texts: pendingChanges(waiting), authorName: waiting.author.name };
  }
  return {
    ...row,
    alt: toLocalized(row.alt),
    caption: toLocalized(row.caption),
    transcript: toLocalized(row.transcript),
    pending,
  };
}

type StoredUpload = {
  kind: MediaKind;
  mimeType: MediaMimeType;
  width: number | null;
  height: number | null;
  original: Uint8Array;
  variants: { width: number; height: number; data: Uint8Array }[];
};

async function prepare(data: Uint8Array): Promise<StoredUpload> {
  const check = checkUpload(data.subarray(0, SNIFF_BYTES), data.byteLength);
  if (!check.ok) throw new AppError("validation", check.reason);
  if (!isImageMimeType(check.mimeType)) {
    const original = await stripVideoMetadata(data, check.mimeType);
    return { kind: "video", mimeType: check.mimeType, width: null, height: null, original, variants: [] };
  }
  const image = await processImage(data, check.mimeType);
  return { kind: "image", mimeType: check.mimeType, width: image.width, height: image.height, original: image.original, variants: image.variants };
}

/**
 * Stores an uploaded image or video. The file's name and claimed type play no part: its bytes say
 * what it is. Files are written first and removed again if the database refuses the record. The credit
 * comes parsed (`ZMediaUploadForm`); the bytes are checked here, since no schema can tell what they are.
 */
export async function uploadMedia(
  { data, credit = "" }: { data: Uint8Array; credit?: string },
  actor: Actor,
  storage: MediaStorage = mediaStorage(),
): Promise<MediaAssetSummary> {
  assertAllowed(actor, { kind: "media.manage" });
  const upload = await prepare(data);
  const folder = newAssetFolder();
  const storageKey = originalKey(folder, upload.mimeType);
  const variants = upload.variants.map((variant) => ({ ...variant, storageKey: variantKey(folder, variant.width) }));
  const written: string[] = [];
  try {
    for (const file of [{ storageKey, data: upload.original }, ...variants]) {
      await storage.put(file.storageKey, file.data);
      written.push(file.storageKey);
    }
    const row = await db().mediaAsset.create({
      data: {
        kind: upload.kind,
        mimeType: upload.mimeType,
        storageKey,
        width: upload.width,
        height: upload.height,
        bytes: upload.original.byteLength,
        credit,
        uploadedById: actor.id,
        variants: {
          create: variants.map((variant) => ({
            format: VARIANT_FORMAT,
            width: variant.width,
            height: variant.height,
            storageKey: variant.storageKey,
            bytes: variant.data.byteLength,
          })),
        },
      },
      select: summarySelect,
    });
    return toSummary(row);
  } catch (error) {
    await Promise.all(written.map((key) => storage.delete(key)));
    throw error;
  }
}

/** Adds a YouTube or Vimeo video by its address; other sites are refused. */
export async function embedVideo({ url, credit }: VideoEmbedInput, actor: Actor): Promise<MediaAssetSummary> {
  assertAllowed(actor, { kind: "media.manage" });
  const embed = videoEmbedUrl(url);
  if (!embed.ok) throw new AppError("validation", embed.reason, { url: embed.reason });
  const row = await db().mediaAsset.create({
    data: { kind: "video", externalUrl: embed.embedUrl, credit, uploadedById: actor.id },
    select: summarySelect,
  });
  return toSummary(row);
}

/** The assets with these ids, in the order given (an article's, as its text shows them); deleted ones are left out. */
export async function listMediaByIds(ids: readonly string[]): Promise<MediaAssetSummary[]> {
  const rows = await db().mediaAsset.findMany({ where: { id: { in: [...ids] } }, select: summarySelect });
  const byId = new Map(rows.map((row) => [row.id, toSummary(row)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

const libraryOrder = [{ createdAt: "desc" }, { id: "asc" }] satisfies Prisma.MediaAssetOrderByWithRelationInput[];

export async function listMedia(filter: { kind?: MediaKind } = {}): Promise<MediaAssetSummary[]> {
  const rows = await db().mediaAsset.findMany({
    where: filter.kind ? { kind: filter.kind } : {},
    select: summarySelect,
    orderBy: libraryOrder,
    take: 500,
  });
  return rows.map(toSummary);
}

/** One page of the media library, newest upload first, of one kind if asked. */
export async function listMediaPage(query: MediaLibraryQuery): Promise<ListPage<MediaAssetSummary>> {
  const after = query.after;
  const rows = await db().mediaAsset.findMany({
    where: { kind: query.kind, ...(after && { OR: [{ createdAt: { lt: after.value } }, { createdAt: after.value, id: { gt: after.id } }] }) },
    select: summarySelect,
    orderBy: libraryOrder,
    take: LIST_PAGE_SIZE + 1,
  });
  const page = keysetPage(rows, (row) => row.createdAt);
  return { ...page, items: page.items.map(toSummary) };
}

export async function getMedia(id: string): Promise<MediaAssetSummary | null> {
  const row = await db().mediaAsset.findUnique({ where: { id }, select: summarySelect });
  return row ? toSummary(row) : null;
}

/** Titles of the articles whose current text (any language) shows an asset. */
async function articlesUsingMedia(id: string): Promise<string[]> {
  // Asset ids are cuids (letters and digits), so they need no escaping inside the pattern.
  const rows = await db().$queryRaw<{ title: string }[]>`
    SELECT DISTINCT ON (v."articleId") v."title" FROM "ArticleVersion" v
    WHERE v."body"::text LIKE ${`%"${id}"%`}
    ORDER BY v."articleId", v."locale"::text = ${SOURCE_LOCALE} DESC`;
  return rows.map((row) => row.title);
}

/**
 * Deletes an asset and its files. An asset that an article still shows is refused, with the
 * articles named: deleting it would leave a hole in published text. Old revisions are not searched;
 * restoring one whose media is gone shows the text without it.
 */
export async function deleteMedia(id: string, actor: Actor, storage: MediaStorage = mediaStorage()): Promise<void> {
  assertAllowed(actor, { kind: "media.manage" });
  const row = await db().mediaAsset.findUnique({ where: { id }, select: { storageKey: true, variants: { select: { storageKey: true } } } });
  if (!row) throw new AppError("not_found", "This media item does not exist.");
  const usedBy = await articlesUsingMedia(id);
  if (usedBy.length > 0) {
    throw new AppError("conflict", `This media item is used in ${usedBy.map((title) => `“${title}”`).join(", ")}. Remove it from the text first.`);
  }
  await db().$transaction(async (tx) => {
    await tx.mediaAsset.delete({ where: { id } });
    await recordAudit({ action: "media.delete", actorId: actor.id, targetType: "media", targetId: id, summary: "Deleted a media item" }, tx);
  });
  const keys = [...row.variants.map((variant) => variant.storageKey), ...(row.storageKey ? [row.storageKey] : [])];
  await Promise.all(keys.map((key) => storage.delete(key)));
}

/** The stored file an editor sees of an asset: the copy closest to `width` (the original when there are none). */
export async function mediaPreviewKey(id: string, width: number): Promise<string | null> {
  const row = await db().mediaAsset.findUnique({
    where: { id },
    select: { storageKey: true, variants: { select: { storageKey: true, width: true }, orderBy: { width: "asc" } } },
  });
  if (!row) return null;
  const fitting = row.variants.find((variant) => variant.width >= width) ?? row.variants.at(-1);
  return fitting?.storageKey ?? row.storageKey;
}

/**
 * Refuses to publish a body with an image that has no English alt text (the editor refuses to
 * insert one, but alt text can be removed later) or with media that were deleted meanwhile.
 */
export async function assertMediaPublishable(body: RichTextDoc, tx: Tx): Promise<void> {
  const ids = mediaAssetIds(body);
  if (ids.length === 0) return;
  // Inside the publishing transaction: a second connection could wait for the pool that transaction holds.
  const rows = await tx.mediaAsset.findMany({ where: { id: { in: ids } }, select: { id: true, kind: true, alt: true } });
  if (rows.length < ids.length) throw new AppError("validation", "The text shows media that were deleted from the library. Remove them before publishing.");
  if (rows.some((row) => missingAltText({ kind: row.kind, alt: toLocalized(row.alt) }))) {
    throw new AppError("validation", "An image in the text has no alt text in English. Add it in the media library, then publish.");
  }
}
