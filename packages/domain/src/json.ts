import { type JsonValue } from "./rich-text";

/**
 * JSON with object keys sorted, so that two values with the same content compare equal as text
 * however their keys were ordered (PostgreSQL's jsonb reorders them).
 */
export function canonicalJson(value: JsonValue | object | undefined): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === "object" && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}
