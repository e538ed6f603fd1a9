import { type Locale } from "@rightsdesk/domain";

// Publication dates are days, not moments: reading them in UTC keeps the day the same on every server.
const formatters = new Map<Locale, Intl.DateTimeFormat>();

/** A publication date as a reader of the locale writes it, e.g. "8 January 2017" or "8 января 2017 г.". */
export function formatDate(date: Date, locale: Locale): string {
  let formatter = formatters.get(locale);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" });
    formatters.set(locale, formatter);
  }
  return formatter.format(date);
}

/** The same day as a machine-readable `YYYY-MM-DD`, for `<time dateTime>`. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
