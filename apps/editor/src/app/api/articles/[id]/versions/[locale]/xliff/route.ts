import { exportVersionXliff, importVersionXliff } from "@rightsdesk/db/xliff";
import { AppError, ZXliffImportForm } from "@rightsdesk/domain";
import { XLIFF_MAX_BYTES } from "@rightsdesk/xliff";
import { apiRequestRoute, jsonAnswer } from "~/features/shared/server/api";
import { revalidating } from "~/features/shared/server/public-site";
import { editsVersion } from "~/features/shared/server/route-access";
import { endpoints } from "~/features/shared/endpoints";

const tooLarge = () => new AppError("validation", `The file is larger than ${XLIFF_MAX_BYTES / 1_000_000} MB; an article's XLIFF file is far smaller.`);

/** Downloads the translation as an XLIFF 2.0 file of the current source. */
export const GET = apiRequestRoute(endpoints.exportXliff, "signed-in", async ({ params }) => {
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
export const POST = apiRequestRoute(endpoints.importXliff, editsVersion,
  revalidating(async ({ actor, params, request }) => {
    // Refuse an oversized upload before reading it into memory; the form adds a little to the file's size.
    if (Number(request.headers.get("content-length") ?? 0) > XLIFF_MAX_BYTES + 64_000) throw tooLarge();
    const form = await request.formData().catch(() => {
      throw new AppError("validation", "Send the file as a multipart form upload.");
    });
    const { file, baseRevision } = ZXliffImportForm.parse(Object.fromEntries(form));
    if (file.size > XLIFF_MAX_BYTES) throw tooLarge();
    const { result: version, revalidate } = await importVersionXliff(params.id, params.locale, await file.text(), baseRevision, actor);
    return { result: jsonAnswer(endpoints.importXliff, { revision: version.revision }), revalidate };
  }),
);
