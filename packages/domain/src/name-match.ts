/*
 * Names of people at risk are spelled many ways: Аблязов, Ablyazov, Abliazov, Moukhtar. A name key folds
 * case, accents, script and the usual romanisation choices onto one spelling, so that any of them finds
 * the others. The key is lossy on purpose: it is for finding, never for showing or for slugs.
 */

// One Latin spelling per Cyrillic letter (Russian, Ukrainian, Belarusian, Kazakh), chosen so that the
// Latin folds below reach the same key from the common romanisations (я → ia = ya = ja, х → h = kh).
const CYRILLIC: Record<string, string> = {
  а: "a", б: "b", в: "v", г: "g", д: "d", е: "e", ё: "e", ж: "zh", з: "z", и: "i", й: "i",
  к: "k", л: "l", м: "m", н: "n", о: "o", п: "p", р: "r", с: "s", т: "t", у: "u", ф: "f",
  х: "h", ц: "ts", ч: "ch", ш: "sh", щ: "shch", ъ: "", ы: "i", ь: "", э: "e", ю: "iu", я: "ia",
  і: "i", ї: "i", є: "ie", ґ: "g", ў: "u",
  ә: "a", ғ: "g", қ: "k", ң: "n", ө: "o", ұ: "u", ү: "u", һ: "h",
};
// Latin letters whose accent carries a sound (Czech, Polish, Baltic š = sh), and letters that
// Unicode normalisation does not split into a base letter and an accent.
const SPECIAL_LATIN: Record<string, string> = {
  š: "sh", ž: "zh", č: "ch", ł: "l", ß: "ss", æ: "ae", ø: "o", œ: "oe", đ: "d", ı: "i", ħ: "h", ð: "d", þ: "th",
};
// Applied in order to the whole Latin string; each maps spelling choices onto the one the key keeps.
const FOLDS: [RegExp, string][] = [
  [/x/g, "ks"], // Alexander = Aleksandr
  [/w/g, "v"], // Ablazow, Kozlow
  [/ou/g, "u"], // French Moukhtar
  [/kh/g, "h"], // х: Mukhtar = Muhtar
  [/[jy]/g, "i"], // я: ya = ja = ia, й: y = i
  [/([a-z])\1+/g, "$1"], // Ablyazova = Abliazova, Aleksandr = Alexandr
  [/ie/g, "e"], // е after a vowel: Ketebayev = Кетебаев
];
/** Query endings that may still become a folded pair as the user types on ("Muk" → "Mukh", "Ketebay" → "Ketebaye"). */
const UNFINISHED_ENDING = /[kojyi]$/;

function latinLetters(input: string): string {
  return Array.from(input.normalize("NFC").toLowerCase())
    .map((ch) => CYRILLIC[ch] ?? SPECIAL_LATIN[ch] ?? ch)
    .join("")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/['’ʼ`]/g, "");
}

/** The comparable form of a name: "Мухтар Аблязов", "Moukhtar Abliazov" and "MUKHTAR ABLYAZOV" all give "muhtar abliazov". */
export function nameKey(name: string): string {
  const known = madeKeys.get(name);
  if (known !== undefined) return known;
  if (madeKeys.size >= MADE_KEYS_KEPT) madeKeys.clear();
  const key = foldName(name);
  madeKeys.set(name, key);
  return key;
}

// Searches fold the same registry names again and again (a one-letter query in the mention picker reads a
// thousand, at every keystroke); their keys are kept rather than folded again. Bounded: emptied when full.
const MADE_KEYS_KEPT = 20_000;
const madeKeys = new Map<string, string>();

function foldName(name: string): string {
  const words = latinLetters(name)
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .map((word) => FOLDS.reduce((folded, [pattern, replacement]) => folded.replace(pattern, replacement), word));
  return words.join(" ");
}

/**
 * A record's names as its stored search text gives them to `nameKeyFragments`: each name's key after a "|"
 * ("|muhtar abliazov|abliazov muhtar"), so that the start of a name follows a "|" and the start of a word a "|" or a space.
 */
export function storedNameKeys(names: readonly string[]): string {
  return names.map((name) => `|${nameKey(name)}`).join("");
}

/**
 * What a record's `storedNameKeys` contains, one of them at least, exactly when `matchesName` finds the record:
 * a key at the start of a name, or (a key of one word) at the start of any word. A database finds them with
 * LIKE, and a trigram index, without folding every name in the registry on every search.
 */
export function nameKeyFragments(query: string): string[] {
  return queryKeys(query).flatMap((key) => (key.includes(" ") ? [`|${key}`] : [`|${key}`, ` ${key}`]));
}

/** The keys a typed query may stand for: itself, and without a last letter that the next keystroke may fold away. */
function queryKeys(query: string): string[] {
  const key = nameKey(query);
  if (!key) return [];
  const raw = latinLetters(query).trim();
  return UNFINISHED_ENDING.test(raw) && key.length > 1 ? [key, key.slice(0, -1)] : [key];
}

/**
 * Whether a typed query finds a record known by these names: the query is the beginning of one of
 * the names, or of any word in one ("abl", "Абля", "mukhtar abl" all find Mukhtar Ablyazov).
 */
export function matchesName(query: string, names: readonly string[]): boolean {
  const keys = queryKeys(query);
  if (keys.length === 0) return false;
  return names.some((name) => {
    const full = nameKey(name);
    const words = full.split(" ");
    return keys.some((key) => full.startsWith(key) || words.some((word) => word.startsWith(key)));
  });
}
