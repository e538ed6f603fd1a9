import { z } from "zod";
import { MAX_REVISION } from "./article";
import { ZMediaCredit } from "./media";
import { storableString } from "./storable-text";

/*
 * The multipart forms the editor's upload routes read. A form's file is checked by its shape, so that the
 * domain needs neither DOM nor Node types; its bytes are judged after the form is parsed (see checkUpload).
 */

/** A file field of a parsed multipart form: a File on the server, and in browsers. */
export type UploadedFile = {
  readonly size: number;
  slice(start?: number, end?: number): { arrayBuffer(): Promise<ArrayBuffer> };
  arrayBuffer(): Promise<ArrayBuffer>;
  text(): Promise<string>;
};

const isUploadedFile = (value: unknown): value is UploadedFile =>
  typeof value === "object" && value !== null && "size" in value && typeof value.size === "number" && "arrayBuffer" in value;

const uploadedFile = (missing: string) => z.custom<UploadedFile>(isUploadedFile, { error: missing });

/** An image or video for the library, with its optional credit; a form sends null for a field it left out. */
export const ZMediaUploadForm = z.object({
  file: uploadedFile("Choose a file to upload."),
  credit: z.preprocess((value) => (typeof value === "string" ? storableString(value) : ""), ZMediaCredit),
});

/** An XLIFF file to import, with the translation's revision the page showed: an import over a newer save is a conflict. */
export const ZXliffImportForm = z.object({
  file: uploadedFile("Choose an XLIFF file to import.").refine((file) => file.size > 0, "The chosen file is empty."),
  baseRevision: z.coerce.number().int().min(0).max(MAX_REVISION),
});
