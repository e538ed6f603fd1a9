/** One top-level field that a change touched; old → new only where both are short plain values. */
export type FieldChange = { field: string; from?: string; to?: string };

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

// Bookkeeping, not content: every save changes the version.
const IGNORED = new Set(["id", "version"]);

const isObject = (value: unknown): value is Record<string, Json> => typeof value === "object" && value !== null && !Array.isArray(value);

function plain(value: Json | undefined): string | undefined {
  if (value === null || value === undefined) return "—";
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return String(value);
  // A list of codes or roles reads well as one line: "KZ, PL".
  if (Array.isArray(value) && value.every((item) => typeof item === "string")) return value.length === 0 ? "—" : value.join(", ");
  return undefined;
}

/** Which top-level fields differ between two recorded states of a record. */
export function changedFields(before: unknown, after: unknown): FieldChange[] {
  const from = isObject(before) ? before : {};
  const to = isObject(after) ? after : {};
  const keys = [...new Set([...Object.keys(from), ...Object.keys(to)])].filter((key) => !IGNORED.has(key));
  return keys
    .filter((key) => JSON.stringify(from[key]) !== JSON.stringify(to[key]))
    .map((field) => {
      const old = plain(from[field]);
      const now = plain(to[field]);
      return old !== undefined && now !== undefined ? { field, from: old, to: now } : { field };
    });
}
