"use client";

import { missingAltText, SOURCE_LOCALE } from "@rightsdesk/domain";
import { type Editor } from "@tiptap/react";
import { type FormEvent, useRef, useState } from "react";
import { callApi } from "~/features/shared/api-client";
import { type MediaItem } from "~/features/media/media";
import { Fold } from "~/features/shared/ui/disclosure";
import { FormAlert } from "~/features/shared/ui/form-alert";
import { MediaStatus, MediaThumb } from "./media-thumb";
import { MediaUploadForm } from "./media-upload-form";

/**
 * "Insert media" for the article editor: pick from the library (or upload), then insert an image,
 * a gallery of several images, or a video. An image without English alt text is refused here, with
 * a field to write it; publishing checks it again on the server.
 */
export function InsertMediaButton({ editor }: { editor: Editor }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [items, setItems] = useState<MediaItem[] | null>(null);
  const [selected, setSelected] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [needsAlt, setNeedsAlt] = useState<MediaItem | null>(null);

  async function open() {
    setSelected([]);
    setError(null);
    setNeedsAlt(null);
    dialog.current?.showModal();
    const result = await callApi("listMedia", {});
    if (result.ok) setItems(result.data);
    else setError(result.error);
  }

  function toggle(id: string) {
    setSelected((current) => (current.includes(id) ? current.filter((other) => other !== id) : [...current, id]));
  }

  function insert() {
    const chosen = selected.flatMap((id) => items?.find((item) => item.id === id) ?? []);
    if (chosen.length === 0) {
      setError("Choose an image or a video first.");
      return;
    }
    if (chosen.length > 1 && chosen.some((item) => item.kind !== "image")) {
      setError("Only images can be shown together as a gallery; insert videos one at a time.");
      return;
    }
    const undescribed = chosen.find((item) => missingAltText(item));
    if (undescribed) {
      setError(missingAltText(undescribed));
      setNeedsAlt(undescribed);
      return;
    }
    const [first] = chosen;
    if (!first) return;
    const node =
      chosen.length > 1
        ? { type: "gallery", attrs: { assetIds: chosen.map((item) => item.id) } }
        : { type: first.kind === "image" ? "mediaImage" : "video", attrs: { assetId: first.id } };
    editor.chain().focus().insertContent(node).run();
    dialog.current?.close();
  }

  async function saveAlt(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!needsAlt) return;
    const alt = String(new FormData(event.currentTarget).get("alt") ?? "");
    const result = await callApi("updateMedia", { params: { id: needsAlt.id }, body: { alt: { [SOURCE_LOCALE]: alt } } });
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setItems((current) => current?.map((item) => (item.id === result.data.id ? result.data : item)) ?? null);
    setNeedsAlt(null);
    setError(missingAltText(result.data));
  }

  return (
    <>
      <button type="button" onClick={() => void open()}>
        Insert media
      </button>
      <dialog ref={dialog} className="media-dialog" aria-labelledby="insert-media-heading">
        <h2 id="insert-media-heading">Insert media</h2>
        {items === null ? (
          <p role="status">Loading the library…</p>
        ) : items.length === 0 ? (
          <p className="empty">The library is empty: upload a file below.</p>
        ) : (
          <ul className="media-grid" aria-label="Media items">
            {items.map((item) => (
              <li key={item.id}>
                <button type="button" className="media-card" aria-pressed={selected.includes(item.id)} onClick={() => toggle(item.id)}>
                  <MediaThumb item={item} />
                  <MediaStatus item={item} />
                </button>
              </li>
            ))}
          </ul>
        )}
        <FormAlert message={error} />
        {needsAlt && (
          <form onSubmit={(event) => void saveAlt(event)} aria-label="Alt text">
            <label htmlFor="insert-media-alt">Alt text (English)</label>
            <input id="insert-media-alt" name="alt" type="text" required />
            <button type="submit">Save alt text</button>
          </form>
        )}
        <div className="toolbar-row">
          <button type="button" className="primary" onClick={insert}>
            {selected.length > 1 ? "Insert as gallery" : "Insert"}
          </button>
          <button type="button" onClick={() => dialog.current?.close()}>
            Cancel
          </button>
        </div>
        <Fold label="Upload a new file">
          <MediaUploadForm
            onUploaded={(item) => {
              setItems((current) => [item, ...(current ?? [])]);
              setSelected([item.id]);
            }}
          />
        </Fold>
      </dialog>
    </>
  );
}
