import { SOURCE_LOCALE } from "@rightsdesk/domain";
import { type MediaItem, mediaPreviewUrl } from "~/features/media/media";

/** An asset's small picture in the library and the insert dialog; videos show a labelled placeholder. */
export function MediaThumb({ item }: { item: MediaItem }) {
  const alt = item.alt[SOURCE_LOCALE];
  if (item.kind === "image") {
    // A plain <img>: the editor's own route serves a small copy, so next/image's resizer has nothing to add.
    return <img className="media-thumb" src={mediaPreviewUrl(item.id, 320)} alt={alt ?? ""} loading="lazy" />;
  }
  const where = item.externalUrl ? new URL(item.externalUrl).hostname.replace(/^www\./, "") : "uploaded file";
  return <span className="media-thumb video">Video ({where})</span>;
}

/** A line saying what is still missing, so editors see at a glance which images cannot be inserted yet. */
export function MediaStatus({ item }: { item: MediaItem }) {
  if (item.kind === "image" && !item.alt[SOURCE_LOCALE]) return <span className="badge draft">No English alt text</span>;
  return (
    <>
      <span className="badge published">{item.caption[SOURCE_LOCALE] || item.alt[SOURCE_LOCALE] || "Ready"}</span>
      {Object.keys(item.pending).length > 0 && <span className="badge in_review">Texts wait for an editor</span>}
    </>
  );
}
