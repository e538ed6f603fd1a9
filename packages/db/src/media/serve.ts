import { contentTypeOfKey, type MediaStorage, mediaStorage } from "./storage";

/**
 * A stored file as an HTTP answer, or null when there is none under this key. The content type
 * comes from the key the server chose; `nosniff` and a sandboxing policy keep a browser from
 * treating a file as a page even if its bytes looked like one.
 */
export async function storedFileResponse(key: string, cacheControl: string, storage: MediaStorage = mediaStorage()): Promise<Response | null> {
  const type = contentTypeOfKey(key);
  const file = type ? await storage.open(key) : null;
  if (!type || !file) return null;
  return new Response(file.stream(), {
    headers: {
      "content-type": type,
      "content-length": String(file.size),
      "cache-control": cacheControl,
      "x-content-type-options": "nosniff",
      "content-security-policy": "default-src 'none'; sandbox",
    },
  });
}
