/** How many sizes a name in the tag cloud can take: enough to tell a main topic from a rare one, few enough to read. */
export const CLOUD_SIZES = 5;

/**
 * The size (1 to CLOUD_SIZES) of a tag with `count` articles when the most used tag has `max`. On a
 * logarithmic scale: one country with hundreds of articles must not leave every other one the smallest size.
 */
export function cloudSize(count: number, max: number): number {
  if (count <= 1 || max <= 1) return 1;
  return 1 + Math.round(((CLOUD_SIZES - 1) * Math.log(Math.min(count, max))) / Math.log(max));
}
