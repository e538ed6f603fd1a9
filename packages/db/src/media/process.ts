import { AppError, IMAGE_MAX_PIXELS, type ImageMimeType, variantWidths } from "@rightsdesk/domain";
import sharp, { type OutputInfo } from "sharp";

export type ProcessedImage = {
  /** The original re-encoded in its own format, upright, with no metadata at all. */
  original: Buffer;
  width: number;
  height: number;
  variants: { width: number; height: number; data: Buffer }[];
};

const FORMAT = { "image/jpeg": "jpeg", "image/png": "png", "image/webp": "webp" } as const;

/**
 * Turns an upload into what is stored. The photo is rotated as its EXIF orientation says and then
 * written without any metadata: EXIF, GPS, XMP and IPTC can tell where a person at risk was
 * photographed, and by which phone. sharp drops metadata unless told to keep it.
 */
export async function processImage(data: Uint8Array, type: ImageMimeType): Promise<ProcessedImage> {
  const input = () => sharp(data, { limitInputPixels: IMAGE_MAX_PIXELS, failOn: "error" }).autoOrient();
  let original: { data: Buffer; info: OutputInfo };
  try {
    original = await input().toFormat(FORMAT[type], { quality: 90 }).toBuffer({ resolveWithObject: true });
  } catch (error) {
    const reason = error instanceof Error && /pixel limit/i.test(error.message) ? "it has too many pixels" : "it is damaged or not really an image";
    throw new AppError("validation", `This image could not be processed: ${reason}.`);
  }
  const { width, height } = original.info;
  const variants = await Promise.all(
    variantWidths(width).map(async (variantWidth) => {
      const { data: variant, info } = await input()
        .resize({ width: variantWidth, withoutEnlargement: true })
        .webp({ quality: 80 })
        .toBuffer({ resolveWithObject: true });
      return { width: info.width, height: info.height, data: variant };
    }),
  );
  return { original: original.data, width, height, variants };
}
