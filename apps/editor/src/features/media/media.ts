import { type MediaAssetSummary } from "@rightsdesk/domain";
import { type ApiAnswer, apiResult, type ApiResult } from "~/features/shared/api-client";
import { endpoints, pathOf } from "~/features/shared/endpoints";

/** An asset as the browser holds it (dates do not survive JSON, and the library does not show them). */
export type MediaItem = Omit<MediaAssetSummary, "createdAt">;

/** The editor's address of an asset's picture, in the web copy closest to `width`. */
export function mediaPreviewUrl(assetId: string, width = 640): string {
  return pathOf(endpoints.mediaPreview, { id: assetId }, { w: width });
}

/**
 * Uploads a file with progress reports (fetch cannot report upload progress, XMLHttpRequest can).
 * `onProgress` gets a fraction from 0 to 1.
 */
export function uploadMediaFile(file: File, credit: string, onProgress: (fraction: number) => void): Promise<ApiResult<MediaItem>> {
  const form = new FormData();
  form.append("file", file);
  form.append("credit", credit);
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open(endpoints.uploadMedia.method, pathOf(endpoints.uploadMedia));
    request.responseType = "json";
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onload = () => resolve(apiResult<ApiAnswer<"uploadMedia">>(request.status, request.response));
    request.onerror = () => resolve({ ok: false, status: 0, error: "No connection to the server." });
    request.send(form);
  });
}
