/** A source link's text: the site it leads to ("www.refworld.org"), which tells a reader more than "Source". */
export function sourceHost(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, "") || url;
  } catch {
    // Stored URLs are checked on input; an old malformed one is shown as written, not a failed page.
    return url;
  }
}
