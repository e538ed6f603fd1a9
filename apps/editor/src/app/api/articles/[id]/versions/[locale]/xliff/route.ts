import { exportVersionXliff, importVersionXliff } from "@rightsdesk/db/xliff";
import { AppError, MAX_REVISION } from "@rightsdesk/domain";
import { XLIFF_MAX_BYTES } from "@rightsdesk/xliff";
import { NextResponse } from "next/server";
import { z } from "zod";
import { apiRequestRoute } from "~/lib/api";
import { revalidating } from "~/lib/public-site";
import { editsVersion } from "~/lib/route-access";
import { ZVersionParams } from "~/lib/route-params";

const tooLarge = () => new AppError("validation", `The file is larger than ${XLIFF_MAX_BYTES / 1_000_000} MB; an article's XLIFF file is far smaller.`);

const ZImportForm = z.object({
  file: z.instanceof(File, { message: "Choose an XLIFF file to import." }).refine((file) => file.size > 0, "The chosen file is empty."),
  // The translation's revision shown on the page: an import over a newer save is a conflict.
  baseRevision: z.coerce.number().int().min(0).max(MAX_REVISION),
});

/** Downloads the translation as an XLIFF 2.0 file of the current source. */
export const GET = apiRequestRoute({ params: ZVersionParams, access: "signed-in" }, async ({ params }) => {
  const { filename, xml } = await exportVersionXliff(params.id, params.locale);
  return new Response(xml, {
    headers: {
      "content-type": "application/xliff+xml; charset=utf-8",
      // The name is built from the slug, revision and languages: ASCII only, nothing to escape.
      "content-disposition": `attachment; filename="${filename}"`,
      "cache-control": "no-store",
    },
  });
});

/** Imports an uploaded XLIFF file (multipart form: file, baseRevision) as a new revision of the translation. */
export const POST = apiRequestRoute(
  { params: ZVersionParams, access: editsVersion },
  revalidating(async ({ actor, params, request }) => {
    // Refuse an oversized upload before reading it into memory; the form adds a little to the file's size.
    if (Number(request.headers.get("content-length") ?? 0) > XLIFF_MAX_BYTES + 64_000) throw tooLarge();
    const form = await request.formData().catch(() => {
      throw new AppError("validation", "Send the file as a multipart form upload.");
    });
    const { file, baseRevision } = ZImportForm.parse({ file: form.get("file"), baseRevision: form.get("baseRevision") });
    if (file.size > XLIFF_MAX_BYTES) throw tooLarge();
    const { result: version, revalidate } = await importVersionXliff(params.id, params.locale, await file.text(), baseRevision, actor);
    return { result: NextResponse.json({ revision: version.revision }), revalidate };
  }),
);
