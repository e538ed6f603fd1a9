/** Links and images may point only at these; anything else (javascript:, data:) is refused. */
export const LINK_PROTOCOLS = ["http", "https", "mailto"] as const;
export const IMAGE_PROTOCOLS = ["http", "https"] as const;

export function hasAllowedProtocol(url: string, protocols: readonly string[]): boolean {
  try {
    return protocols.includes(new URL(url).protocol.replace(/:$/, ""));
  } catch {
    return false;
  }
}
