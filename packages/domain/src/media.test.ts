import { describe, expect, it } from "vitest";
import {
  checkUpload,
  IMAGE_MAX_BYTES,
  localizedOrSource,
  mergeLocalized,
  missingAltText,
  patchLocales,
  sniffMediaType,
  VIDEO_MAX_BYTES,
  variantWidths,
  videoEmbedUrl,
  waitingAfterSave,
  ZMediaLibraryQuery,
  ZMediaListQuery,
  ZMediaMetadataPatch,
  ZMediaPreviewQuery,
} from "./media";

const bytes = (...values: (number | string)[]) =>
  new Uint8Array(values.flatMap((value) => (typeof value === "string" ? [...value].map((c) => c.charCodeAt(0)) : [value])));

describe("sniffMediaType", () => {
  it.each([
    ["JPEG", bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10, "JFIF"), "image/jpeg"],
    ["PNG", bytes(0x89, "PNG", 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d), "image/png"],
    ["WebP", bytes("RIFF", 0x24, 0, 0, 0, "WEBPVP8 "), "image/webp"],
    ["MP4", bytes(0, 0, 0, 0x20, "ftypisom", 0, 0, 2, 0), "video/mp4"],
    ["WebM", bytes(0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x86, 0x81), "video/webm"],
  ])("recognises %s by its first bytes", (_label, head, type) => {
    expect(sniffMediaType(head)).toBe(type);
  });

  it.each([
    ["text", bytes("hello, this is not a picture")],
    ["a RIFF file that is not WebP (WAV)", bytes("RIFF", 0x24, 0, 0, 0, "WAVEfmt ")],
    ["a GIF", bytes("GIF89a", 1, 0, 1, 0)],
    ["too few bytes", bytes(0xff, 0xd8)],
  ])("refuses %s", (_label, head) => {
    expect(sniffMediaType(head)).toBeNull();
  });
});

describe("checkUpload", () => {
  const png = bytes(0x89, "PNG", 0x0d, 0x0a, 0x1a, 0x0a);
  const mp4 = bytes(0, 0, 0, 0x20, "ftypisom");

  it("accepts an image and a video within their limits", () => {
    expect(checkUpload(png, 1000)).toEqual({ ok: true, mimeType: "image/png", kind: "image" });
    expect(checkUpload(mp4, IMAGE_MAX_BYTES + 1)).toEqual({ ok: true, mimeType: "video/mp4", kind: "video" });
  });

  it("says which limit an oversize file breaks", () => {
    expect(checkUpload(png, IMAGE_MAX_BYTES + 1)).toEqual({ ok: false, reason: "The image is 15.1 MB; the limit is 15 MB." });
    expect(checkUpload(mp4, VIDEO_MAX_BYTES * 2)).toEqual({ ok: false, reason: "The video is 400 MB; the limit is 200 MB." });
  });

  it("refuses an empty file and a file of another type, saying that its contents were checked", () => {
    expect(checkUpload(png, 0)).toEqual({ ok: false, reason: "The file is empty." });
    const refused = checkUpload(bytes("plain text"), 10);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.reason).toContain("Its contents were checked, not its name");
  });
});

describe("videoEmbedUrl", () => {
  it.each([
    ["https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=10", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"],
    ["https://youtu.be/dQw4w9WgXcQ", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"],
    ["https://m.youtube.com/shorts/dQw4w9WgXcQ", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"],
    ["https://vimeo.com/76979871", "https://player.vimeo.com/video/76979871"],
    ["https://player.vimeo.com/video/76979871?h=abc", "https://player.vimeo.com/video/76979871"],
  ])("turns %s into its embed address", (input, embedUrl) => {
    expect(videoEmbedUrl(input)).toEqual({ ok: true, embedUrl });
  });

  it.each([
    ["http://www.youtube.com/watch?v=dQw4w9WgXcQ", "Video addresses must start with https://."],
    ["https://example.org/video.mp4", "Only YouTube and Vimeo videos can be embedded by address; upload other videos as files."],
    ["https://www.youtube.com/watch?v=<script>", "This YouTube address does not name a video."],
    ["https://vimeo.com/channels/staffpicks", "This Vimeo address does not name a video."],
    ["javascript:alert(1)", "Video addresses must start with https://."],
    ["not a url", "This is not a web address."],
  ])("refuses %s", (input, reason) => {
    expect(videoEmbedUrl(input)).toEqual({ ok: false, reason });
  });
});

describe("alt text and translations", () => {
  it("requires English alt text for an image, not for a video", () => {
    expect(missingAltText({ kind: "image", alt: {} })).toMatch(/no alt text in English/);
    expect(missingAltText({ kind: "image", alt: { en: "  ", ru: "Суд" } })).toMatch(/no alt text in English/);
    expect(missingAltText({ kind: "image", alt: { en: "The court in Aix" } })).toBeNull();
    expect(missingAltText({ kind: "video", alt: {} })).toBeNull();
  });

  it("falls back to the source language when a text is not translated", () => {
    expect(localizedOrSource({ en: "Court", fr: "Tribunal" }, "fr")).toBe("Tribunal");
    expect(localizedOrSource({ en: "Court" }, "de")).toBe("Court");
    expect(localizedOrSource({}, "de")).toBe("");
  });

  it("merges a patch language by language, an empty text removing one", () => {
    expect(mergeLocalized({ en: "A", ru: "Б" }, { ru: "", pl: "C" })).toEqual({ en: "A", pl: "C" });
    expect(mergeLocalized({ en: "A" }, undefined)).toEqual({ en: "A" });
  });

  it("lists the languages a patch writes in and refuses unknown languages and long texts", () => {
    expect(patchLocales(ZMediaMetadataPatch.parse({ alt: { ru: "x" }, transcript: { en: "y", ru: "z" }, credit: "AP" }))).toEqual(["en", "ru"]);
    expect(ZMediaMetadataPatch.safeParse({ alt: { xx: "x" } }).success).toBe(false);
    const long = ZMediaMetadataPatch.safeParse({ alt: { en: "x".repeat(301) } });
    expect(long.success ? null : long.error.issues[0]?.message).toBe("Alt text must be at most 300 characters");
  });
});

describe("variantWidths", () => {
  it("never makes a copy wider than the original", () => {
    expect(variantWidths(4000)).toEqual([320, 640, 1024, 1600]);
    expect(variantWidths(800)).toEqual([320, 640, 800]);
    expect(variantWidths(1600)).toEqual([320, 640, 1024, 1600]);
    expect(variantWidths(120)).toEqual([120]);
  });
});

describe("waitingAfterSave", () => {
  const live = { alt: { ru: "Суд" }, caption: {}, transcript: {} };
  it("keeps what differs from the live text, over what waited, and drops a text written back to the live one", () => {
    expect(waitingAfterSave(live, "ru", { caption: "Подпись" }, { alt: "Здание суда" })).toEqual({ alt: "Здание суда", caption: "Подпись" });
    expect(waitingAfterSave(live, "ru", { alt: "Здание суда" }, { alt: "Суд", caption: "" })).toEqual({});
    expect(waitingAfterSave(live, "ru", {}, { alt: "" })).toEqual({ alt: "" });
  });
});

describe("library queries", () => {
  it("narrow the library to one kind, or none, and refuse another", () => {
    expect(ZMediaListQuery.parse({})).toEqual({});
    expect(ZMediaListQuery.parse({ kind: "video" })).toEqual({ kind: "video" });
    expect(ZMediaListQuery.safeParse({ kind: "audio" }).success).toBe(false);
  });

  it("give a preview the asked width within bounds, else the library's 640", () => {
    expect(ZMediaPreviewQuery.parse({ w: "320" })).toEqual({ w: 320 });
    for (const w of [undefined, "0", "5000", "wide", "1.5"]) expect(ZMediaPreviewQuery.parse({ w })).toEqual({ w: 640 });
  });
});

describe("ZMediaLibraryQuery", () => {
  it("reads a kind and a position from the library's address, and ignores a kind the library does not have", () => {
    const at = new Date("2026-11-30T10:00:00.000Z");
    expect(ZMediaLibraryQuery.parse({ kind: "video", after: `${at.toISOString()}_cm1` })).toEqual({ kind: "video", after: { value: at, id: "cm1" } });
    expect(ZMediaLibraryQuery.parse({ kind: "audio" })).toEqual({});
  });
});
