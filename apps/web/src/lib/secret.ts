import { createHash, timingSafeEqual } from "node:crypto";

const digest = (value: string) => createHash("sha256").update(value).digest();

/**
 * Compares a presented secret with the expected one in constant time. Both are hashed first, so
 * that neither the content nor the length of the secret shows in the time the comparison takes.
 */
export function secretMatches(presented: string | null, expected: string | undefined): boolean {
  if (presented === null || expected === undefined) return false;
  return timingSafeEqual(digest(presented), digest(expected));
}
