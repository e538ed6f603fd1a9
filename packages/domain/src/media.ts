import { z } from "zod";
import { type Locale, LOCALES, SOURCE_LOCALE } from "./locale";
import { keysetParam, optionalParam, ZTimeValue } from "./query-param";
import { VIDEO_EMBED_ORIGINS } from "./security-headers";

/*
 * The media library's rules: which files are accepted (judged by their bytes, never by their
 * name), how large, which videos may be embedded, and what an image needs before readers see it.
 */

export const MEDIA_KINDS = ["image", "video"] as const;
export type MediaKind = (typeof MEDIA_KINDS)[number];

/** The library page's address: images or videos only, and where a page starts (newest upload first). */
export const ZMediaLibraryQuery = z.object({ kind: optionalParam(z.enum(MEDIA_KINDS)), after: keysetParam(ZTimeValue) });
export type MediaLibraryQuery = z.infer<typeof ZMediaLibraryQuery>;

export const IMAGE_MIME_TYPES = ["image/jpeg", "image/png", "image/webp"] as const;
export const VIDEO_MIME_TYPES = ["video/mp4", "video/webm"] as const;
export type ImageMimeType = (typeof IMAGE_MIME_TYPES)[number];
export type VideoMimeType = (typeof VIDEO_MIME_TYPES)[number];
export type MediaMimeType = ImageMimeType | VideoMimeType;

const MB = 1024 * 1024;
/** A camera's full-size JPEG fits; a larger file is almost always an unprocessed scan or RAW. */
export const IMAGE_MAX_BYTES = 15 * MB;
/** A few minutes of phone video; longer films belong on a video host and are embedded by address. */
export const VIDEO_MAX_BYTES = 200 * MB;
/** Images larger than this many pixels are refused before decoding, so a tiny "decompression bomb" cannot exhaust memory. */
export const IMAGE_MAX_PIXELS = 50_000_000;

/** Widths of the WebP copies made for srcset; none is made wider than the original. */
export const VARIANT_WIDTHS = [320, 640, 1024, 1600] as const;
export const VARIANT_FORMAT = "webp";

/** The copies to make of an image this wide: the standard widths below it, and the image's own width if it is not larger than the largest. */
export function variantWidths(width: number): number[] {
  const below = VARIANT_WIDTHS.filter((candidate) => candidate < width);
  const largest = VARIANT_WIDTHS[VARIANT_WIDTHS.length - 1] ?? 0;
  return width <= largest ? [...below, width] : below;
}

export const ALT_MAX_LENGTH = 300;
export const CAPTION_MAX_LENGTH = 1000;
export const TRANSCRIPT_MAX_LENGTH = 100_000;
export const CREDIT_MAX_LENGTH = 200;

/** Rounded up, so that a file just over a limit never reads as equal to it. */
const megabytes = (bytes: number) => `${Math.ceil((bytes / MB) * 10) / 10} MB`;

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0) =>
  bytes.length >= offset + signature.length && signature.every((byte, i) => bytes[offset + i] === byte);
const ascii = (text: string) => [...text].map((char) => char.charCodeAt(0));

/** How many leading bytes `sniffMediaType` needs to decide. */
export const SNIFF_BYTES = 16;

/**
 * The type of a file from its first bytes (its "magic number"), or null if it is none we accept.
 * The name and the type the browser claims are ignored: both are chosen by whoever uploads.
 */
export function sniffMediaType(bytes: Uint8Array): MediaMimeType | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "image/jpeg";
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  if (startsWith(bytes, ascii("RIFF")) && startsWith(bytes, ascii("WEBP"), 8)) return "image/webp";
  if (startsWith(bytes, ascii("ftyp"), 4)) return "video/mp4";
  if (startsWith(bytes, [0x1a, 0x45, 0xdf, 0xa3])) return "video/webm";
  return null;
}

export function isImageMimeType(type: MediaMimeType): type is ImageMimeType {
  return (IMAGE_MIME_TYPES as readonly string[]).includes(type);
}

export function mediaKindOf(type: MediaMimeType): MediaKind {
  return isImageMimeType(type) ? "image" : "video";
}

export function maxBytesFor(kind: MediaKind): number {
  return kind === "image" ? IMAGE_MAX_BYTES : VIDEO_MAX_BYTES;
}

/** The largest upload of any kind: a request bigger than this is refused before it is read. */
export const UPLOAD_MAX_BYTES = Math.max(IMAGE_MAX_BYTES, VIDEO_MAX_BYTES);

export type UploadCheck = { ok: true; mimeType: MediaMimeType; kind: MediaKind } | { ok: false; reason: string };

const ACCEPTED = "JPEG, PNG or WebP images, MP4 or WebM videos";

/** Decides whether an upload is accepted, from its leading bytes and its size, with a reason a person can act on. */
export function checkUpload(head: Uint8Array, size: number): UploadCheck {
  if (size === 0) return { ok: false, reason: "The file is empty." };
  const mimeType = sniffMediaType(head);
  if (!mimeType) return { ok: false, reason: `This file is not an image or video we accept (${ACCEPTED}). Its contents were checked, not its name.` };
  const kind = mediaKindOf(mimeType);
  const limit = maxBytesFor(kind);
  if (size > limit) {
    return { ok: false, reason: `The ${kind} is ${megabytes(size)}; the limit is ${megabytes(limit)}.` };
  }
  return { ok: true, mimeType, kind };
}

/** A text per language; languages left empty are simply absent. */
export type LocalizedMediaText = Partial<Record<Locale, string>>;

const localizedText = (max: number, what: string) =>
  z.partialRecord(z.enum(LOCALES), z.string().trim().max(max, `${what} must be at most ${max} characters`));

export const ZMediaAlt = localizedText(ALT_MAX_LENGTH, "Alt text");
export const ZMediaCaption = localizedText(CAPTION_MAX_LENGTH, "A caption");
export const ZMediaTranscript = localizedText(TRANSCRIPT_MAX_LENGTH, "A transcript");
export const ZMediaCredit = z.string().trim().max(CREDIT_MAX_LENGTH, `The credit must be at most ${CREDIT_MAX_LENGTH} characters`);

/** A change of an asset's descriptions: only the languages and fields given are touched. */
export const ZMediaMetadataPatch = z.object({
  alt: ZMediaAlt.optional(),
  caption: ZMediaCaption.optional(),
  transcript: ZMediaTranscript.optional(),
  credit: ZMediaCredit.optional(),
});
export type MediaMetadataPatch = z.infer<typeof ZMediaMetadataPatch>;

/** The languages a patch writes in, so that each can be checked against the actor's role. */
export function patchLocales(patch: MediaMetadataPatch): Locale[] {
  return LOCALES.filter((locale) => [patch.alt, patch.caption, patch.transcript].some((texts) => texts?.[locale] !== undefined));
}

/** Merges a patch into stored texts; an empty string removes that language. */
export function mergeLocalized(before: LocalizedMediaText, patch: LocalizedMediaText | undefined): LocalizedMediaText {
  const after: LocalizedMediaText = { ...before };
  for (const [locale, text] of Object.entries(patch ?? {}) as [Locale, string][]) {
    if (text) after[locale] = text;
    else delete after[locale];
  }
  return after;
}

/** The texts of an asset that are written per language. */
export const MEDIA_TEXT_FIELDS = ["alt", "caption", "transcript"] as const;
export type MediaTextField = (typeof MEDIA_TEXT_FIELDS)[number];
export type MediaTexts = Record<MediaTextField, LocalizedMediaText>;
export const MEDIA_TEXT_NAMES: Record<MediaTextField, string> = { alt: "Alt text", caption: "Caption", transcript: "Transcript" };

/** Texts of one language that change, by field; "" removes that text. */
export type MediaTextChanges = Partial<Record<MediaTextField, string>>;

/** The texts of one language that a patch writes. */
export function patchTextsIn(patch: MediaMetadataPatch, locale: Locale): MediaTextChanges {
  const written: MediaTextChanges = {};
  for (const field of MEDIA_TEXT_FIELDS) {
    const text = patch[field]?.[locale];
    if (text !== undefined) written[field] = text;
  }
  return written;
}

/**
 * What waits for an editor in one language after a save that waits (a translator's, while readers see the asset):
 * each written text that differs from the live one, over what waited before; a text written back to the live
 * one waits no more.
 */
export function waitingAfterSave(live: MediaTexts, locale: Locale, waiting: MediaTextChanges, written: MediaTextChanges): MediaTextChanges {
  const next = { ...waiting };
  for (const field of MEDIA_TEXT_FIELDS) {
    const text = written[field];
    if (text === undefined) continue;
    if ((live[field][locale] ?? "") === text) delete next[field];
    else next[field] = text;
  }
  return next;
}

/** A translator's texts of one asset in one language that readers do not see until an editor publishes them. */
export type PendingMediaText = { texts: MediaTextChanges; authorName: string };

/**
 * Alt text is what a screen reader says instead of the picture. An image without it in the source
 * language may not go into an article: translations fall back to it.
 */
export function missingAltText(asset: { kind: MediaKind; alt: LocalizedMediaText }): string | null {
  if (asset.kind !== "image") return null;
  return asset.alt[SOURCE_LOCALE]?.trim()
    ? null
    : "This image has no alt text in English. Describe it for readers who cannot see it before inserting it.";
}

/** A text in the reader's language, or in the source language when it was not translated. */
export function localizedOrSource(texts: LocalizedMediaText, locale: Locale): string {
  return texts[locale]?.trim() || texts[SOURCE_LOCALE]?.trim() || "";
}

const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;
const VIMEO_ID = /^\d{1,12}$/;

function youtubeId(url: URL): string | null {
  const host = url.hostname.replace(/^(www\.|m\.)/, "");
  if (host === "youtu.be") return url.pathname.slice(1);
  if (host !== "youtube.com" && host !== "youtube-nocookie.com") return null;
  if (url.pathname === "/watch") return url.searchParams.get("v");
  const match = /^\/(?:embed|shorts|live)\/([^/]+)/.exec(url.pathname);
  return match?.[1] ?? null;
}

function vimeoId(url: URL): string | null {
  const host = url.hostname.replace(/^www\./, "");
  if (host === "vimeo.com") return url.pathname.split("/").filter(Boolean).at(-1) ?? null;
  if (host === "player.vimeo.com") return /^\/video\/(\d+)/.exec(url.pathname)?.[1] ?? null;
  return null;
}

export type VideoEmbed = { ok: true; embedUrl: string } | { ok: false; reason: string };

/**
 * The embeddable address of a YouTube or Vimeo video. Anything else is refused: an iframe of an
 * arbitrary site on the public page could track readers or run anything.
 * YouTube is embedded from its no-cookie domain, so that watching nothing sets no tracking cookie.
 */
export function videoEmbedUrl(input: string): VideoEmbed {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return { ok: false, reason: "This is not a web address." };
  }
  if (url.protocol !== "https:") return { ok: false, reason: "Video addresses must start with https://." };
  const youtube = youtubeId(url);
  if (youtube !== null) {
    return YOUTUBE_ID.test(youtube)
      ? { ok: true, embedUrl: `${VIDEO_EMBED_ORIGINS.youtube}/embed/${youtube}` }
      : { ok: false, reason: "This YouTube address does not name a video." };
  }
  const vimeo = vimeoId(url);
  if (vimeo !== null) {
    return VIMEO_ID.test(vimeo)
      ? { ok: true, embedUrl: `${VIDEO_EMBED_ORIGINS.vimeo}/video/${vimeo}` }
      : { ok: false, reason: "This Vimeo address does not name a video." };
  }
  return { ok: false, reason: "Only YouTube and Vimeo videos can be embedded by address; upload other videos as files." };
}

export const ZVideoEmbedInput = z.object({
  url: z.string().trim().min(1, "Paste the video's address").max(2000, "This address is too long"),
  credit: ZMediaCredit.default(""),
});
export type VideoEmbedInput = z.infer<typeof ZVideoEmbedInput>;

/** What editors see of an asset in the library. */
export type MediaAssetSummary = {
  id: string;
  kind: MediaKind;
  mimeType: string | null;
  externalUrl: string | null;
  width: number | null;
  height: number | null;
  bytes: number;
  alt: LocalizedMediaText;
  caption: LocalizedMediaText;
  transcript: LocalizedMediaText;
  credit: string;
  /** Per language, texts saved by a translator that wait for an editor; readers see the texts above. */
  pending: Partial<Record<Locale, PendingMediaText>>;
  createdAt: Date;
};

/** One language of one asset whose texts wait for an editor, as the dashboard lists it. */
export type MediaTextsToPublish = {
  assetId: string;
  kind: MediaKind;
  locale: Locale;
  /** The asset's English alt text or caption, to recognise it by. */
  name: string;
  changes: { field: MediaTextField; live: string; proposed: string }[];
  authorName: string;
  savedAt: Date;
};

/** What the public renderer needs of an asset, already in the reader's language. */
export type ResolvedMedia = {
  kind: MediaKind;
  /** An image's largest web copy, an uploaded video's file, or an embedded video's embed address. */
  src: string;
  /** An embedded (iframe) video rather than a file. */
  embed: boolean;
  mimeType: string | null;
  /** `url 640w, …` of the WebP copies; empty when there are none. */
  srcset: string;
  width: number | null;
  height: number | null;
  alt: string;
  caption: string;
  credit: string;
  transcript: string;
};

/** The library's search params: `?kind=image` or `video` narrows it. */
export const ZMediaListQuery = z.object({ kind: z.enum(MEDIA_KINDS).optional() });

/** An asset's preview in the web copy closest to `?w=`; a missing or odd width gets the library's size. */
export const ZMediaPreviewQuery = z.object({ w: z.coerce.number().int().min(1).max(4000).catch(640) });
