import { resolveMentionsForPublic, resolvePublicMedia } from "@rightsdesk/db";
import { cacheTags, collectMentions, type Locale, type MentionTarget, type RichTextDoc } from "@rightsdesk/domain";
import { mediaAssetIds } from "@rightsdesk/rich-text";
import { cachedRead } from "./cached-read";

/*
 * What an article's text refers to, resolved for readers: the records it mentions and the media it shows.
 * Cached by the ids the text names (not the whole text) and tagged, so that a cached article page is
 * refreshed when a mentioned record is renamed or withdrawn, or an image's description changes.
 */
const mentionEntries = cachedRead(
  "mentions",
  async (targets: MentionTarget[], locale: Locale) => [...(await resolveMentionsForPublic(targets, locale))],
  () => [cacheTags.registry],
);
const mediaEntries = cachedRead(
  "media",
  async (assetIds: string[], locale: Locale) => [...(await resolvePublicMedia(assetIds, locale))],
  (assetIds) => assetIds.map(cacheTags.media),
);

export async function resolveArticleReferences(body: RichTextDoc, locale: Locale) {
  const [mentions, media] = await Promise.all([mentionEntries(collectMentions(body), locale), mediaEntries(mediaAssetIds(body), locale)]);
  return { mentions: new Map(mentions), media: new Map(media) };
}
