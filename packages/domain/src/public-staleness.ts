/**
 * Whether readers of a published translation should be told that the original changed since. The
 * editor's own staleness rules live elsewhere; this one answers only what the public site needs.
 */
export type TranslationBase = {
  /** Number of the source revision the translation was made from; null when none is recorded. */
  baseRevision: number | null;
  /** The source version's current revision number and when that revision was saved. */
  source: { revision: number; updatedAt: Date };
};

/**
 * The date the original was last updated when it has a revision newer than the translation's base,
 * else null. A translation without a recorded base (made before bases were kept, or whose base was
 * deleted) is not called outdated: the site cannot know, and a false warning misleads readers.
 */
export function outdatedSince({ baseRevision, source }: TranslationBase): Date | null {
  if (baseRevision === null) return null;
  return source.revision > baseRevision ? source.updatedAt : null;
}
