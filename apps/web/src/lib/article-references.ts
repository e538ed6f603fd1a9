import { resolveMentionsForPublic, resolvePublicMedia } from "@rightsdesk/db/public";
import { cacheTags, collectMentions, type Locale, type MentionTarget, type RichTextDoc } from "@rightsdesk/domain";
import { mediaAssetIds } from "@rightsdesk/rich-text";
import { cache } from "react";
import { cachedRead } from "./cached-read";

/*
 * What an article's text refers to, resolved for readers: the records it mentions and the media it shows.
 * Cached by the ids the text names (not the whole text) and tagged, so that a cached article page is
 * refreshed when a mentioned record is renamed or withdrawn (a registry save names the published articles
 * that mention the record), or an image's description changes.
 */
const mentionEntries = cachedRead(
  "mentions",
  async (_articleSlug: string, targets: MentionTarget[], locale: Locale) => [...(await resolveMentionsForPublic(targets, locale))],
  (articleSlug) => [cacheTags.article(articleSlug)],
);
const mediaEntries = cachedRead(
  "media",
  async (assetIds: string[], locale: Locale) => [...(await resolvePublicMedia(assetIds, locale))],
  (assetIds) => assetIds.map(cacheTags.media),
);

// generateMetadata and the page resolve the same text (the same object, from the cached article read).
export const resolveArticleReferences = cache(async (articleSlug: string, body: RichTextDoc, locale: Locale) => {
  const assetIds = mediaAssetIds(body);
  const [mentions, media] = await Promise.all([mentionEntries(articleSlug, collectMentions(body), locale), mediaEntries(assetIds, locale)]);
  const resolvedMedia = new Map(media);
  // The first image of the text stands for the article where it is shared (OpenGraph, JSON-LD).
  const leadImage = assetIds.map((id) => resolvedMedia.get(id)).find((asset) => asset?.kind === "image") ?? null;
  return { mentions: new Map(mentions), media: resolvedMedia, leadImage };
});
