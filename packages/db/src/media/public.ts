import { type Locale, localizedOrSource, type ResolvedMedia } from "@rightsdesk/domain";
import { db, type Db, type Tx } from "../infra/client";
import { toLocalized } from "../mappers";
import { isMediaKey } from "./storage";

/*
 * The public site's way into the media library: only assets that a published article shows, with
 * their texts in the reader's language. A file uploaded for a draft stays unreachable until the
 * article is published, even to someone who guessed its random address.
 */

/** Where the public site serves a stored file (apps/web/src/app/media/[...key]/route.ts). */
const publicMediaUrl = (key: string) => `/media/${key}`;

/** The media of a published article, by id, for the renderer; assets that no longer exist are left out. */
export async function resolvePublicMedia(assetIds: readonly string[], locale: Locale): Promise<Map<string, ResolvedMedia>> {
  if (assetIds.length === 0) return new Map();
  const rows = await db().mediaAsset.findMany({
    where: { id: { in: [...new Set(assetIds)] } },
    select: {
      id: true,
      kind: true,
      mimeType: true,
      storageKey: true,
      externalUrl: true,
      width: true,
      height: true,
      alt: true,
      caption: true,
      transcript: true,
      credit: true,
      variants: { select: { storageKey: true, width: true }, orderBy: { width: "asc" } },
    },
  });
  const resolved = new Map<string, ResolvedMedia>();
  for (const row of rows) {
    // An image's src is its largest web copy: the original may be a camera's full-size file.
    const file = row.variants.at(-1)?.storageKey ?? row.storageKey;
    const source = row.externalUrl ?? (file ? publicMediaUrl(file) : null);
    if (!source) continue;
    resolved.set(row.id, {
      kind: row.kind,
      src: source,
      embed: row.externalUrl !== null,
      mimeType: row.mimeType,
      srcset: row.variants.map((variant) => `${publicMediaUrl(variant.storageKey)} ${variant.width}w`).join(", "),
      width: row.width,
      height: row.height,
      alt: localizedOrSource(toLocalized(row.alt), locale),
      caption: localizedOrSource(toLocalized(row.caption), locale),
      credit: row.credit,
      transcript: localizedOrSource(toLocalized(row.transcript), locale),
    });
  }
  return resolved;
}

/** Whether a stored file may be served to readers: it belongs to an asset that a published revision shows. */
export async function isPublishedMediaKey(key: string): Promise<boolean> {
  if (!isMediaKey(key)) return false;
  const asset = await db().mediaAsset.findFirst({
    where: { OR: [{ storageKey: key }, { variants: { some: { storageKey: key } } }] },
    select: { id: true },
  });
  return asset !== null && (await shownToReaders(asset.id));
}

/** Whether a revision that readers see (of any language) shows the asset. */
export async function shownToReaders(assetId: string, client: Db | Tx = db()): Promise<boolean> {
  // Asset ids are cuids (letters and digits), so they need no escaping inside the pattern.
  const rows = await client.$queryRaw<{ found: number }[]>`
    SELECT 1 AS found FROM "ArticleVersion" v
    JOIN "ArticleRevision" r ON r."id" = v."publishedRevisionId"
    WHERE v."status" = 'published' AND r."body"::text LIKE ${`%"${assetId}"%`}
    LIMIT 1`;
  return rows.length > 0;
}
