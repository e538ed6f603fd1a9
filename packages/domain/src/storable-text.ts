import { AppError } from "./errors";

// Without the u flag a regular expression sees UTF-16 code units, so half a surrogate pair can be found.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text as PostgreSQL can store it. It can store neither a NUL character in text nor "\u0000" in JSON, nor
 * half of a UTF-16 surrogate pair (which is no character in any encoding): both come from pasted binary
 * junk or a broken client, never from typing. NUL goes; a lone surrogate becomes U+FFFD, the replacement
 * character, so that nothing around it is lost and a save never fails on it.
 */
export function storableString(text: string): string {
  const withoutNul = text.includes("\u0000") ? text.replaceAll("\u0000", "") : text;
  return withoutNul.replace(LONE_SURROGATE, "\uFFFD");
}

/** Deeper than any document the editor makes (a list in a quote in a list is a dozen levels). */
export const MAX_JSON_DEPTH = 100;

/**
 * Every string (and key) of a request made storable, before validation. A value nested deeper than
 * MAX_JSON_DEPTH is refused: validating it would exhaust the stack.
 */
export function storableJson(value: unknown, depth = 0): unknown {
  if (depth > MAX_JSON_DEPTH) throw new AppError("validation", `The request is nested more than ${MAX_JSON_DEPTH} levels deep.`);
  if (typeof value === "string") return storableString(value);
  if (Array.isArray(value)) return value.map((item) => storableJson(item, depth + 1));
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [storableString(key), storableJson(item, depth + 1)]));
  }
  return value;
}
