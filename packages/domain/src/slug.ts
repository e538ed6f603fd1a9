import { z } from "zod";

// Russian, Ukrainian, Belarusian and Kazakh letters; a simple, readable scheme (Кетебаев → ketebaev,
// Жаңаөзен → zhanaozen) rather than a strict standard.
const CYRILLIC: Record<string, string> = {
  а: "a", б: "b", в: "v", г: "g", д: "d", е: "e", ё: "e", ж: "zh", з: "z", и: "i", й: "i",
  к: "k", л: "l", м: "m", н: "n", о: "o", п: "p", р: "r", с: "s", т: "t", у: "u", ф: "f",
  х: "kh", ц: "ts", ч: "ch", ш: "sh", щ: "shch", ъ: "", ы: "y", ь: "", э: "e", ю: "yu", я: "ya",
  і: "i", ї: "yi", є: "ye", ґ: "g", ў: "u",
  ә: "a", ғ: "g", қ: "k", ң: "n", ө: "o", ұ: "u", ү: "u", һ: "h",
};
// Letters that Unicode normalisation does not split into a base letter and an accent.
const SPECIAL_LATIN: Record<string, string> = {
  ł: "l", ß: "ss", æ: "ae", ø: "o", œ: "oe", đ: "d", ı: "i", ħ: "h", ð: "d", þ: "th",
};

export const SLUG_MAX_LENGTH = 96;
const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const ZSlug = z
  .string()
  .trim()
  .min(1, "Slug is required")
  .max(SLUG_MAX_LENGTH, `Slug must be at most ${SLUG_MAX_LENGTH} characters`)
  .regex(SLUG_PATTERN, "Slug may contain only lowercase latin letters, digits and single hyphens");

/** Turns any title, in Latin or Cyrillic script, into a URL slug. Returns "" when nothing usable is left. */
export function slugify(input: string): string {
  const latin = Array.from(input.toLowerCase())
    .map((ch) => CYRILLIC[ch] ?? SPECIAL_LATIN[ch] ?? ch)
    .join("")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "");
  const slug = latin.replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  return slug.slice(0, SLUG_MAX_LENGTH).replace(/-+$/, "");
}

/** The first of `base`, `base-2`, `base-3`… that is not taken. */
export function uniqueSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const candidate = `${base.slice(0, SLUG_MAX_LENGTH - suffix.length).replace(/-+$/, "")}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}
