import { isPublishedMediaKey, storedFileResponse } from "@rightsdesk/db/public";

type Context = { params: Promise<{ key: string[] }> };

const notFound = () => new Response("Not found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });

/**
 * Files of the media library that a published article shows. A key names a file that never
 * changes (a new upload gets a new key), so browsers may keep it for a year. Keys the storage did
 * not make, files of unpublished media and missing files are all the same 404.
 */
export async function GET(_request: Request, context: Context) {
  const key = (await context.params).key.join("/");
  if (!(await isPublishedMediaKey(key))) return notFound();
  return (await storedFileResponse(key, "public, max-age=31536000, immutable")) ?? notFound();
}
