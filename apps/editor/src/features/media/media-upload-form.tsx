"use client";

import { IMAGE_MAX_BYTES, VIDEO_MAX_BYTES } from "@rightsdesk/domain";
import { type FormEvent, useId, useState } from "react";
import { type MediaItem, uploadMediaFile } from "~/features/media/media";
import { FormAlert } from "~/features/shared/ui/form-alert";

const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

/** Uploads one image or video to the library, showing how far the upload has come. */
export function MediaUploadForm({ onUploaded }: { onUploaded: (item: MediaItem) => void }) {
  const id = useId();
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const file = data.get("file");
    if (!(file instanceof File) || file.size === 0) {
      setError("Choose a file to upload.");
      return;
    }
    setError(null);
    setProgress(0);
    const result = await uploadMediaFile(file, String(data.get("credit") ?? ""), setProgress);
    setProgress(null);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    form.reset();
    onUploaded(result.data);
  }

  return (
    <form onSubmit={(event) => void onSubmit(event)} aria-label="Upload media" noValidate>
      <label htmlFor={`${id}-file`}>Image or video file</label>
      <input id={`${id}-file`} name="file" type="file" accept="image/jpeg,image/png,image/webp,video/mp4,video/webm" aria-describedby={`${id}-hint`} />
      <p id={`${id}-hint`} className="hint">
        JPEG, PNG or WebP up to {mb(IMAGE_MAX_BYTES)} MB; MP4 or WebM up to {mb(VIDEO_MAX_BYTES)} MB. Location and camera data are removed from photos.
      </p>
      <label htmlFor={`${id}-credit`}>Credit</label>
      <input id={`${id}-credit`} name="credit" type="text" placeholder="Photo: name / agency" />
      <div className="toolbar-row">
        <button type="submit" className="primary" disabled={progress !== null}>
          Upload
        </button>
        {progress !== null && (
          <progress value={progress} max={1} aria-label="Upload progress">
            {Math.round(progress * 100)}%
          </progress>
        )}
      </div>
      <FormAlert message={error} />
    </form>
  );
}
