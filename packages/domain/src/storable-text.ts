/**
 * PostgreSQL can store neither a NUL character in text nor "\u0000" in JSON, and no person means to type
 * one: it comes from pasted binary junk. Every string in a request is cleaned of it before validation.
 */
export function withoutNulChars(value: unknown): unknown {
  if (typeof value === "string") return value.includes("\u0000") ? value.replaceAll("\u0000", "") : value;
  if (Array.isArray(value)) return value.map(withoutNulChars);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [withoutNulChars(key), withoutNulChars(item)]));
  }
  return value;
}
