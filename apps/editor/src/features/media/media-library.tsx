"use client";

import { can, type Role } from "@rightsdesk/domain";
import { useState } from "react";
import { type MediaItem } from "~/features/media/media";
import { MediaDetailsForm } from "./media-details-form";
import { MediaStatus, MediaThumb } from "./media-thumb";
import { MediaUploadForm } from "./media-upload-form";
import { VideoEmbedForm } from "./video-embed-form";

/** The library page: upload or embed, a grid of assets, and the selected asset's details. */
export function MediaLibrary({ initial, role }: { initial: MediaItem[]; role: Role }) {
  const [items, setItems] = useState(initial);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const selected = items.find((item) => item.id === selectedId) ?? null;

  function added(item: MediaItem) {
    setItems((current) => [item, ...current]);
    setSelectedId(item.id);
  }

  return (
    <div className="editor-layout">
      <div>
        {items.length === 0 ? (
          <p className="empty">The library is empty. Upload a photo or add a video to use it in articles.</p>
        ) : (
          <ul className="media-grid" aria-label="Media items">
            {items.map((item) => (
              <li key={item.id}>
                <button type="button" className="media-card" aria-pressed={item.id === selectedId} onClick={() => setSelectedId(item.id)}>
                  <MediaThumb item={item} />
                  <MediaStatus item={item} />
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
      <aside>
        {selected && (
          <MediaDetailsForm
            key={selected.id}
            item={selected}
            role={role}
            onSaved={(saved) => setItems((current) => current.map((item) => (item.id === saved.id ? saved : item)))}
            onDeleted={(id) => {
              setItems((current) => current.filter((item) => item.id !== id));
              setSelectedId(null);
            }}
          />
        )}
        {can(role, { kind: "media.manage" }) && (
          <>
            <section className="card" aria-labelledby="upload-heading">
              <h2 id="upload-heading">Upload</h2>
              <MediaUploadForm onUploaded={added} />
            </section>
            <section className="card" aria-labelledby="embed-heading">
              <h2 id="embed-heading">Video by address</h2>
              <VideoEmbedForm onAdded={added} />
            </section>
          </>
        )}
      </aside>
    </div>
  );
}
