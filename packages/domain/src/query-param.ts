import { z } from "zod";

/*
 * Filters read from a page's address. Any input is taken: a repeated parameter counts by its first value,
 * and a value the schema does not accept means "no filter", so a hand-edited or stale link shows the
 * unfiltered list instead of an error page.
 */

/** The first value of a repeated URL parameter, or the value itself. */
export const firstValue = (value: unknown) => (Array.isArray(value) ? (value as unknown[])[0] : value);

/** One optional filter: its first value if `schema` takes it, else none. */
export const optionalParam = <T extends z.ZodType>(schema: T) => z.preprocess(firstValue, schema.optional()).catch(undefined);

/** A record's id in an address (cuids: letters and digits). */
export const ZRecordId = z.string().regex(/^[a-z0-9]{1,40}$/i);

/** A day typed in a date field, "2026-11-30", as that day's first instant in UTC. */
export const dayParam = () => optionalParam(z.iso.date().transform((day) => new Date(`${day}T00:00:00.000Z`)));

/** The day a Date from `dayParam` stands for, as a date field shows it. */
export const formatDay = (day: Date): string => day.toISOString().slice(0, 10);

/** How many lines each page of an editor's list shows. */
export const LIST_PAGE_SIZE = 50;

/** Where a page of a keyset-paged list ends: the last line's sort value and its id. */
export type Keyset<T> = { value: T; id: string };

/** A list position as an address writes it: `<sort value>_<id>` (ids have no "_", so the last one splits). */
export function encodeKeyset(value: string | Date, id: string): string {
  return `${value instanceof Date ? value.toISOString() : value}_${id}`;
}

/** A sort value that is a point in time, as `encodeKeyset` writes it. */
export const ZTimeValue = z.string().pipe(z.coerce.date());

/**
 * The `after` parameter of a keyset-paged list: the position a page starts after. Paging by position
 * (not by page number) makes page 200 cost what page 1 does and never repeats or skips a line that was
 * added meanwhile.
 */
export const keysetParam = <T>(value: z.ZodType<T, string>) =>
  optionalParam(
    z
      .string()
      .max(400)
      .transform((raw, context): Keyset<T> => {
        const split = raw.lastIndexOf("_");
        const id = raw.slice(split + 1);
        const parsed = value.safeParse(raw.slice(0, split));
        if (split < 0 || !ZRecordId.safeParse(id).success || !parsed.success) {
          context.addIssue({ code: "custom", message: "Not a list position" });
          return z.NEVER;
        }
        return { value: parsed.data, id };
      }),
  );

/** One page of a keyset-paged list; `next` is where the following page starts, null on the last one. */
export type ListPage<T> = { items: T[]; next: string | null };

/**
 * Cuts the rows of a query that asked for one line more than a page into the page and the position after
 * it: the extra line only says that there is more.
 */
export function keysetPage<T extends { id: string }>(rows: readonly T[], sortValue: (row: T) => string | Date, size = LIST_PAGE_SIZE): ListPage<T> {
  const items = rows.slice(0, size);
  const last = items.at(-1);
  return { items, next: rows.length > size && last ? encodeKeyset(sortValue(last), last.id) : null };
}
