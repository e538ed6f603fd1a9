const utc = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" });

/** A moment as every editor reads it, wherever they are: "1 May 2026, 09:00:00 UTC". */
export function formatUtc(date: Date): string {
  return `${utc.format(date)} UTC`;
}
