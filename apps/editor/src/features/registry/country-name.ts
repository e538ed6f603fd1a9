// The editorial app speaks English: one formatter for the whole process.
const names = new Intl.DisplayNames(["en"], { type: "region", fallback: "code" });

/** A country's English name ("KZ" → "Kazakhstan"); the code itself if Intl has none. */
export function countryName(code: string): string {
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}
