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
