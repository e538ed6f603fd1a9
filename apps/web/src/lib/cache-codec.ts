/*
 * Next's data cache stores JSON, which turns a Date into a string. Cached public reads go through
 * this codec so that a published date comes back as the Date the pages format.
 */
const DATE_KEY = "$date";

type DateBox = { [DATE_KEY]: string };

function isDateBox(value: unknown): value is DateBox {
  return typeof value === "object" && value !== null && Object.keys(value).length === 1 && typeof (value as Partial<DateBox>)[DATE_KEY] === "string";
}

export function encodeCached(value: unknown): string {
  // JSON.stringify calls Date#toJSON before the replacer sees the value, so look at the holder's own property.
  return JSON.stringify(value, function (this: Record<string, unknown>, key: string, item: unknown) {
    const raw = this[key];
    return raw instanceof Date ? { [DATE_KEY]: raw.toISOString() } : item;
  });
}

/** The value encodeCached was given; the caller names its type, as with any JSON it stored itself. */
export function decodeCached<T>(text: string): T {
  return JSON.parse(text, (_key, item: unknown) => (isDateBox(item) ? new Date(item[DATE_KEY]) : item)) as T;
}
