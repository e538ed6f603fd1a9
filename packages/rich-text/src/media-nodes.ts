import { type JsonValue, type RichTextNode, type ResolvedMedia, videoEmbedUrl } from "@rightsdesk/domain";
import { type Extensions, Node as TiptapNode } from "@tiptap/core";
import { type DOMOutputSpec, type Node as ProseMirrorNode } from "@tiptap/pm/model";
import { domOutputSpecToHTMLString } from "@tiptap/static-renderer/pm/html-string";

/*
 * Media from the library in an article body. A document stores only asset ids: alt text, captions,
 * credits and files live with the asset, so a translated caption or a fixed alt text shows in every
 * article at once, and what a reader gets is resolved at render time (see mediaNodeMapping).
 */

const GALLERY_MAX_ITEMS = 30;

export type MediaNodeOptions = {
  /** The editor's address of a preview of an asset; without it the editor shows a placeholder. */
  previewUrl: ((assetId: string) => string) | null;
};

const ASSET_ID = /^[A-Za-z0-9_-]{1,64}$/;
const isAssetId = (value: JsonValue | undefined): value is string => typeof value === "string" && ASSET_ID.test(value);

/** An attribute kept in the document JSON only; the node's renderHTML decides what the DOM shows. */
/** The part of a DOM element that parsing reads (this package is compiled without the DOM library). */
type ParsedElement = { getAttribute(name: string): string | null };

const jsonOnly = <T>(fallback: T, parse: (element: ParsedElement) => T) => ({
  default: fallback,
  parseHTML: parse,
  renderHTML: () => ({}),
});

const assetIdAttribute = jsonOnly<string | null>(null, (element) => element.getAttribute("data-asset-id"));

function preview(options: MediaNodeOptions, assetId: string, label: string): DOMOutputSpec {
  return options.previewUrl
    ? ["img", { src: options.previewUrl(assetId), alt: label, "data-asset-id": assetId }]
    : ["span", { class: "media-placeholder" }, label];
}

export const MediaImage = TiptapNode.create<MediaNodeOptions>({
  name: "mediaImage",
  group: "block",
  atom: true,
  draggable: true,
  addOptions: () => ({ previewUrl: null }),
  addAttributes: () => ({ assetId: assetIdAttribute }),
  parseHTML: () => [{ tag: "figure[data-media-image]" }],
  renderHTML({ node }) {
    return ["figure", { "data-media-image": "", "data-asset-id": node.attrs.assetId }, preview(this.options, node.attrs.assetId, "Image from the media library")];
  },
});

export const Gallery = TiptapNode.create<MediaNodeOptions>({
  name: "gallery",
  group: "block",
  atom: true,
  draggable: true,
  addOptions: () => ({ previewUrl: null }),
  addAttributes: () => ({
    assetIds: jsonOnly<string[]>([], (element) => (element.getAttribute("data-asset-ids") ?? "").split(",").filter(Boolean)),
  }),
  parseHTML: () => [{ tag: "figure[data-gallery]" }],
  renderHTML({ node }) {
    const ids = node.attrs.assetIds as string[];
    return ["figure", { "data-gallery": "", "data-asset-ids": ids.join(",") }, ...ids.map((id) => preview(this.options, id, "Gallery image"))] as DOMOutputSpec;
  },
});

export const Video = TiptapNode.create<MediaNodeOptions>({
  name: "video",
  group: "block",
  atom: true,
  draggable: true,
  addOptions: () => ({ previewUrl: null }),
  addAttributes: () => ({ assetId: assetIdAttribute }),
  parseHTML: () => [{ tag: "figure[data-video]" }],
  renderHTML({ node }) {
    return ["figure", { "data-video": "", "data-asset-id": node.attrs.assetId }, ["span", { class: "media-placeholder" }, "Video from the media library"]];
  },
});

export const mediaExtensions = [MediaImage, Gallery, Video];

/** The schema's extensions with editor previews of images (the document schema itself is unchanged). */
export function withMediaPreviews(extensions: Extensions, previewUrl: (assetId: string) => string): Extensions {
  return extensions.map((extension) =>
    extension === MediaImage ? MediaImage.configure({ previewUrl }) : extension === Gallery ? Gallery.configure({ previewUrl }) : extension,
  );
}

/** Says what is wrong with a media node's attributes, or null; the schema check alone accepts any value. */
export function mediaProblem(node: RichTextNode): string | null {
  if (node.type === "mediaImage" || node.type === "video") {
    if (!isAssetId(node.attrs?.assetId)) return `${node.type === "video" ? "A video" : "An image"} in the body does not name a media item`;
  }
  if (node.type === "gallery") {
    const ids = node.attrs?.assetIds;
    if (!Array.isArray(ids) || ids.length === 0 || !ids.every(isAssetId)) return "A gallery in the body must list the images it shows";
    if (ids.length > GALLERY_MAX_ITEMS) return `A gallery may show at most ${GALLERY_MAX_ITEMS} images`;
  }
  return null;
}

/** Every asset a document shows, in order and without repeats: what the public page must resolve. */
export function mediaAssetIds(node: RichTextNode | { content?: RichTextNode[] }): string[] {
  const ids = new Set<string>();
  const visit = (current: RichTextNode) => {
    if ((current.type === "mediaImage" || current.type === "video") && isAssetId(current.attrs?.assetId)) ids.add(current.attrs.assetId);
    if (current.type === "gallery" && Array.isArray(current.attrs?.assetIds)) current.attrs.assetIds.filter(isAssetId).forEach((id) => ids.add(id));
    current.content?.forEach(visit);
  };
  node.content?.forEach(visit);
  return [...ids];
}

/** How wide images are shown in the article column, so the browser picks the right copy from srcset. */
const IMAGE_SIZES = "(min-width: 48rem) 46rem, 100vw";

const caption = (media: ResolvedMedia): DOMOutputSpec[] => {
  if (!media.caption && !media.credit) return [];
  const parts: (DOMOutputSpec | string)[] = [];
  if (media.caption) parts.push(media.caption);
  if (media.caption && media.credit) parts.push(" ");
  if (media.credit) parts.push(["small", {}, media.credit]);
  return [["figcaption", {}, ...parts] as DOMOutputSpec];
};

function imageElement(media: ResolvedMedia): DOMOutputSpec {
  return [
    "img",
    {
      src: media.src,
      srcset: media.srcset || null,
      sizes: media.srcset ? IMAGE_SIZES : null,
      width: media.width,
      height: media.height,
      loading: "lazy",
      decoding: "async",
      alt: media.alt,
    },
  ];
}

function transcript(media: ResolvedMedia, summary: string): DOMOutputSpec[] {
  if (!media.transcript) return [];
  const paragraphs = media.transcript.split(/\n\s*\n/).map((text): DOMOutputSpec => ["p", {}, text.trim()]);
  return [["details", { class: "media-transcript" }, ["summary", {}, summary], ...paragraphs] as DOMOutputSpec];
}

function videoElement(media: ResolvedMedia): DOMOutputSpec | null {
  if (!media.embed) return ["video", { src: media.src, controls: "", preload: "metadata", width: media.width, height: media.height }];
  // Checked again here so that no stored address can put another site in an iframe.
  const embed = videoEmbedUrl(media.src);
  if (!embed.ok) return null;
  return [
    "iframe",
    {
      src: embed.embedUrl,
      title: media.caption || media.alt || "Video",
      loading: "lazy",
      allow: "encrypted-media; picture-in-picture; fullscreen",
      allowfullscreen: "",
      referrerpolicy: "strict-origin-when-cross-origin",
    },
  ];
}

/** The words the renderer adds around media, in the reader's language. */
export type MediaLabels = { transcript: string; gallery: string };
const ENGLISH_LABELS: MediaLabels = { transcript: "Transcript", gallery: "Gallery" };

/** The public HTML of each media node, from assets resolved for the reader's language. */
export function mediaDomSpecs(media: ReadonlyMap<string, ResolvedMedia>, labels: MediaLabels = ENGLISH_LABELS) {
  const image = (id: string) => {
    const found = media.get(id);
    return found?.kind === "image" ? found : null;
  };
  return {
    mediaImage(assetId: string): DOMOutputSpec | null {
      const found = image(assetId);
      return found ? ["figure", { class: "media-image" }, imageElement(found), ...caption(found)] : null;
    },
    gallery(assetIds: readonly string[]): DOMOutputSpec | null {
      const items = assetIds.flatMap((id) => {
        const found = image(id);
        return found ? [["li", {}, ["figure", {}, imageElement(found), ...caption(found)]] as DOMOutputSpec] : [];
      });
      return items.length > 0 ? ["div", { class: "media-gallery", role: "group", "aria-label": labels.gallery }, ["ul", {}, ...items]] : null;
    },
    video(assetId: string): DOMOutputSpec | null {
      const found = media.get(assetId);
      const player = found?.kind === "video" ? videoElement(found) : null;
      return found && player ? ["figure", { class: "media-video" }, player, ...caption(found), ...transcript(found, labels.transcript)] : null;
    },
  };
}

type RenderedNode = { node: ProseMirrorNode };

/** Node renderers for renderToHTMLString: an asset that is not resolved renders as nothing. */
export function mediaNodeMapping(media: ReadonlyMap<string, ResolvedMedia> = new Map(), labels?: MediaLabels) {
  const specs = mediaDomSpecs(media, labels);
  const html = (spec: DOMOutputSpec | null) => (spec ? domOutputSpecToHTMLString(spec)() : "");
  return {
    mediaImage: ({ node }: RenderedNode) => html(specs.mediaImage(String(node.attrs.assetId))),
    gallery: ({ node }: RenderedNode) => html(specs.gallery((node.attrs.assetIds as unknown[]).map(String))),
    video: ({ node }: RenderedNode) => html(specs.video(String(node.attrs.assetId))),
  };
}
