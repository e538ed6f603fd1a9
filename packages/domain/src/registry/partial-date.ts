import { z } from "zod";

/**
 * A date known to the day, the month or only the year: "2013", "2013-07", "2013-07-31".
 * Sources often give no more than a year ("extradition requested in 2013"), and a guessed
 * day would be a false fact in a publication about a real person.
 */
export type PartialDate = { year: number; month?: number; day?: number };

export const PARTIAL_DATE_MIN_YEAR = 1800;
export const PARTIAL_DATE_MAX_YEAR = 2100;

const DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const FORMAT_MESSAGE = "Enter a date as YYYY, YYYY-MM or YYYY-MM-DD";

const pad2 = (n: number) => String(n).padStart(2, "0");

/** "2013", "2013-07" or "2013-07-31": the form editors type and the form stored in URLs and exports. */
export function formatPartialDate(date: PartialDate): string {
  if (date.month === undefined) return String(date.year);
  if (date.day === undefined) return `${date.year}-${pad2(date.month)}`;
  return `${date.year}-${pad2(date.month)}-${pad2(date.day)}`;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Why a date cannot be, or null when it can. */
function partialDateProblem(date: PartialDate): string | null {
  if (date.year < PARTIAL_DATE_MIN_YEAR || date.year > PARTIAL_DATE_MAX_YEAR) {
    return `Year must be between ${PARTIAL_DATE_MIN_YEAR} and ${PARTIAL_DATE_MAX_YEAR}`;
  }
  if (date.month === undefined) return date.day === undefined ? null : "A date with a day needs a month";
  if (date.month < 1 || date.month > 12) return `Not a real date: ${formatPartialDate(date)}`;
  if (date.day !== undefined && (date.day < 1 || date.day > daysInMonth(date.year, date.month))) {
    return `Not a real date: ${formatPartialDate(date)}`;
  }
  return null;
}

const ZDateString = z
  .string()
  .trim()
  .transform((text, ctx): PartialDate => {
    const match = DATE_PATTERN.exec(text);
    if (!match) {
      ctx.issues.push({ code: "custom", message: FORMAT_MESSAGE, input: text });
      return z.NEVER;
    }
    const [, year, month, day] = match;
    return {
      year: Number(year),
      ...(month === undefined ? {} : { month: Number(month) }),
      ...(day === undefined ? {} : { day: Number(day) }),
    };
  });

// Database rows carry null for an unknown month or day; the domain shape leaves the key out.
const ZDateObject = z
  .object({
    year: z.number().int(),
    month: z.number().int().nullish(),
    day: z.number().int().nullish(),
  })
  .transform(
    ({ year, month, day }): PartialDate => ({
      year,
      ...(month == null ? {} : { month }),
      ...(day == null ? {} : { day }),
    }),
  );

/** Takes "2013", "2013-07", "2013-07-31" or `{ year, month?, day? }` and gives the object, if the date can be. */
export const ZPartialDate = z
  .union([ZDateString, ZDateObject], { error: FORMAT_MESSAGE })
  .check((ctx) => {
    const problem = partialDateProblem(ctx.value);
    if (problem) ctx.issues.push({ code: "custom", message: problem, input: ctx.value });
  });

/**
 * Orders dates for a timeline. A less precise date sorts before the more precise dates of its
 * period (2013 < 2013-07 < 2013-07-31 < 2013-08): "in 2013" opens the year's events.
 */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
  return a.year - b.year || (a.month ?? 0) - (b.month ?? 0) || (a.day ?? 0) - (b.day ?? 0);
}

export function partialDateYear(date: PartialDate): number {
  return date.year;
}

/**
 * Whether `a` is certainly before `b`, comparing only as precisely as both are known:
 * 2013-05 is not certainly before 2013, but 2012 is before 2013-05.
 */
export function isCertainlyBefore(a: PartialDate, b: PartialDate): boolean {
  if (a.year !== b.year) return a.year < b.year;
  if (a.month === undefined || b.month === undefined || a.month !== b.month) {
    return a.month !== undefined && b.month !== undefined && a.month < b.month;
  }
  return a.day !== undefined && b.day !== undefined && a.day < b.day;
}
