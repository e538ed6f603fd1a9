import { z } from "zod";

// A repeated parameter counts by its first value, like ?page; anything unusable means "no filter",
// so a hand-edited or stale URL shows the whole list instead of an error page.
const first = (value: unknown) => (Array.isArray(value) ? (value as unknown[])[0] : value);

/** One optional filter of a page's query string: its first value if `schema` takes it, else none. */
export const optionalParam = <T extends z.ZodType>(schema: T) => z.preprocess(first, schema.optional()).catch(undefined);
