"use client";

import { type FormEvent, useId, useState } from "react";
import { callApi } from "~/features/shared/api-client";
import { type MediaItem } from "~/features/media/media";
import { FormAlert } from "~/features/shared/ui/form-alert";

/** Adds a YouTube or Vimeo video to the library by its address. */
export function VideoEmbedForm({ onAdded }: { onAdded: (item: MediaItem) => void }) {
  const id = useId();
  const [error, setError] = useState<string | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const result = await callApi("embedVideo", { body: { url: String(data.get("url") ?? ""), credit: String(data.get("credit") ?? "") } });
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(null);
    form.reset();
    onAdded(result.data);
  }

  return (
    <form onSubmit={(event) => void onSubmit(event)} aria-label="Embed a video" noValidate>
      <label htmlFor={`${id}-url`}>YouTube or Vimeo address</label>
      <input id={`${id}-url`} name="url" type="url" placeholder="https://www.youtube.com/watch?v=…" />
      <label htmlFor={`${id}-credit`}>Credit</label>
      <input id={`${id}-credit`} name="credit" type="text" />
      <div className="toolbar-row">
        <button type="submit">Add video</button>
      </div>
      <FormAlert message={error} />
    </form>
  );
}
