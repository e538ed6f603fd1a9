import { type SourceRevisionState, translationStaleness } from "./staleness";

/**
 * When readers of a published translation should be told the original changed: the date the
 * original readers see was saved, if its text differs from what the translation was made from; else
 * null. The same rule as the editor's staleness, applied to the published original, so a draft of
 * the original that nobody can read yet does not warn anyone. A translation without a recorded base
 * is not called outdated: the site cannot know, and a false warning misleads readers.
 */
export function originalUpdatedSince(base: SourceRevisionState | null, published: SourceRevisionState & { savedAt: Date }): Date | null {
  if (!base) return null;
  return translationStaleness(base, published) === "outdated" ? published.savedAt : null;
}
