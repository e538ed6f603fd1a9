import { listMedia, uploadMedia } from "@rightsdesk/db/editor";
import { AppError, checkUpload, SNIFF_BYTES, UPLOAD_MAX_BYTES, ZMediaUploadForm } from "@rightsdesk/domain";
import { apiQueryRoute, apiRequestRoute, jsonAnswer } from "~/features/shared/server/api";
import { endpoints } from "~/features/shared/endpoints";

/** The library, newest first; `?kind=image` or `video` narrows it. */
export const GET = apiQueryRoute(endpoints.listMedia, "signed-in", ({ query }) => listMedia(query));

/** Room for the multipart envelope around the file. */
const ENVELOPE_BYTES = 64 * 1024;

/**
 * An upload as multipart form data: `file`, and optionally `credit`. A request larger than any
 * upload may be is refused from its Content-Length before it is read; the file's first bytes and
 * size are checked before the rest of it is.
 */
export const POST = apiRequestRoute(endpoints.uploadMedia, { kind: "media.manage" }, async ({ actor, request }) => {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > UPLOAD_MAX_BYTES + ENVELOPE_BYTES) {
    throw new AppError("validation", `The file is too large: the limit is ${Math.round(UPLOAD_MAX_BYTES / 1024 / 1024)} MB for videos and less for images.`);
  }
  const form = await request.formData().catch(() => {
    throw new AppError("validation", "The upload was not sent as a form with a file.");
  });
  const { file, credit } = ZMediaUploadForm.parse(Object.fromEntries(form));
  const check = checkUpload(new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer()), file.size);
  if (!check.ok) throw new AppError("validation", check.reason, { file: check.reason });
  const asset = await uploadMedia({ data: new Uint8Array(await file.arrayBuffer()), credit }, actor);
  return jsonAnswer(endpoints.uploadMedia, asset, { status: 201 });
});
