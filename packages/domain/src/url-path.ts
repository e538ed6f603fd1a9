/**
 * Whether an address's path decodes: "%c0" or a lone "%" is no text, and Next.js would answer it with a
 * 500 before any page of ours runs, so each app's proxy answers such addresses with a 400 first.
 */
export function isDecodablePath(path: string): boolean {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}
