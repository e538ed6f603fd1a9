import { formatPartialDate, type Locale, type PartialDate } from "@rightsdesk/domain";

/*
 * Registry dates are often known only to the year or the month. They are written only as precisely
 * as they are known: a made-up "1 January" would be a false fact about a real person.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: Locale, precision: "year" | "month" | "day"): Intl.DateTimeFormat {
  const key = `${locale}:${precision}`;
  let format = formatters.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions =
      precision === "year"
        ? { year: "numeric" }
        : precision === "month"
          ? { year: "numeric", month: "long" }
          : { year: "numeric", month: "long", day: "numeric" };
    format = new Intl.DateTimeFormat(locale, { ...options, timeZone: "UTC" });
    formatters.set(key, format);
  }
  return format;
}

/** "2013", "July 2013" or "31 July 2013" as a reader of the locale writes it. */
export function formatPartialDateLong(date: PartialDate, locale: Locale): string {
  // A bare year is written the same everywhere, without "г." or "р." that some locales append.
  if (date.month === undefined) return String(date.year);
  const precision = date.day === undefined ? "month" : "day";
  return formatter(locale, precision).format(new Date(Date.UTC(date.year, date.month - 1, date.day ?? 1)));
}

/** The machine-readable form for `<time dateTime>`: HTML accepts "2013", "2013-07" and "2013-07-31". */
export const partialDateTime = formatPartialDate;
