import { AppError, type ResolvedMedia, type RichTextDoc } from "@rightsdesk/domain";
import { describe, expect, it } from "vitest";
import { mediaAssetIds } from "./media-nodes";
import { parseRichText } from "./parse";
import { renderRichText } from "./render";

const doc = (...content: RichTextDoc["content"]): RichTextDoc => ({ type: "doc", content });

const image = (overrides: Partial<ResolvedMedia> = {}): ResolvedMedia => ({
  kind: "image",
  src: "/media/abc/w1024.webp",
  embed: false,
  mimeType: "image/jpeg",
  srcset: "/media/abc/w320.webp 320w, /media/abc/w1024.webp 1024w",
  width: 1200,
  height: 800,
  alt: "Protesters outside the court",
  caption: "The hearing in Aix-en-Provence",
  credit: "Photo: RightsDesk",
  transcript: "",
  ...overrides,
});

const video = (overrides: Partial<ResolvedMedia> = {}): ResolvedMedia => ({
  ...image(),
  kind: "video",
  src: "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
  embed: true,
  srcset: "",
  width: null,
  height: null,
  alt: "",
  caption: "Statement of the lawyer",
  credit: "",
  transcript: "First paragraph.\n\nSecond <paragraph>.",
  ...overrides,
});

describe("media nodes in a document", () => {
  it("are accepted with asset ids", () => {
    const body = doc(
      { type: "mediaImage", attrs: { assetId: "img1" } },
      { type: "gallery", attrs: { assetIds: ["img1", "img2"] } },
      { type: "video", attrs: { assetId: "vid1" } },
    );
    expect(parseRichText(body)).toEqual(body);
    expect(mediaAssetIds(body)).toEqual(["img1", "img2", "vid1"]);
  });

  it.each([
    ["an image without an asset", doc({ type: "mediaImage", attrs: {} }), "An image in the body does not name a media item"],
    ["a video with a bad id", doc({ type: "video", attrs: { assetId: "../../etc" } }), "A video in the body does not name a media item"],
    ["an empty gallery", doc({ type: "gallery", attrs: { assetIds: [] } }), "A gallery in the body must list the images it shows"],
    ["a gallery of non-ids", doc({ type: "gallery", attrs: { assetIds: [1, 2] } }), "A gallery in the body must list the images it shows"],
  ])("refuse %s, naming the node", (_label, body, message) => {
    expect(() => parseRichText(body)).toThrow(new AppError("validation", message, { "body.content.0": message }));
  });

  it("refuses media inside a paragraph (they are blocks)", () => {
    expect(() => parseRichText(doc({ type: "paragraph", content: [{ type: "mediaImage", attrs: { assetId: "x" } }] }))).toThrow(AppError);
  });
});

describe("rendering media", () => {
  it("renders an image with its size, lazy loading, srcset, alt, caption and credit", () => {
    const html = renderRichText(doc({ type: "mediaImage", attrs: { assetId: "a" } }), { media: new Map([["a", image()]]) });
    expect(html).toBe(
      '<figure class="media-image"><img src="/media/abc/w1024.webp" srcset="/media/abc/w320.webp 320w, /media/abc/w1024.webp 1024w" sizes="(min-width: 48rem) 46rem, 100vw" width="1200" height="800" loading="lazy" decoding="async" alt="Protesters outside the court"/>' +
        "<figcaption>The hearing in Aix-en-Provence <small>Photo: RightsDesk</small></figcaption></figure>",
    );
  });

  it("escapes texts of the asset and leaves out an empty caption", () => {
    const html = renderRichText(doc({ type: "mediaImage", attrs: { assetId: "a" } }), {
      media: new Map([["a", image({ alt: '"><script>x</script>', caption: "", credit: "" })]]),
    });
    expect(html).not.toContain("<script>");
    expect(html).toContain('alt="&quot;&gt;&lt;script&gt;x&lt;/script&gt;"');
    expect(html).not.toContain("figcaption");
  });

  it("renders nothing for an asset that is not resolved, or resolved to the wrong kind", () => {
    const body = doc({ type: "mediaImage", attrs: { assetId: "gone" } }, { type: "paragraph", content: [{ type: "text", text: "after" }] });
    expect(renderRichText(body)).toBe("<p>after</p>");
    expect(renderRichText(doc({ type: "mediaImage", attrs: { assetId: "v" } }), { media: new Map([["v", video()]]) })).toBe("");
  });

  it("renders a gallery of the images that exist", () => {
    const html = renderRichText(doc({ type: "gallery", attrs: { assetIds: ["a", "gone", "b"] } }), {
      media: new Map([["a", image()], ["b", image({ alt: "Second" })]]),
    });
    expect(html.match(/<li>/g)).toHaveLength(2);
    expect(html).toContain('role="group" aria-label="Gallery"');
    expect(html).toContain('alt="Second"');
    expect(renderRichText(doc({ type: "gallery", attrs: { assetIds: ["gone"] } }), { media: new Map() })).toBe("");
  });

  it("embeds a video with a title and shows its transcript under it", () => {
    const html = renderRichText(doc({ type: "video", attrs: { assetId: "v" } }), { media: new Map([["v", video()]]) });
    expect(html).toContain('<iframe src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ" title="Statement of the lawyer" loading="lazy"');
    expect(html).toContain("<details class=\"media-transcript\"><summary>Transcript</summary><p>First paragraph.</p><p>Second &lt;paragraph&gt;.</p></details>");
  });

  it("labels the transcript and gallery in the reader's language", () => {
    const labels = { transcript: "Расшифровка", gallery: "Галерея" };
    const html = renderRichText(doc({ type: "video", attrs: { assetId: "v" } }, { type: "gallery", attrs: { assetIds: ["a"] } }), {
      media: new Map([["v", video()], ["a", image()]]),
      mediaLabels: labels,
    });
    expect(html).toContain("<summary>Расшифровка</summary>");
    expect(html).toContain('aria-label="Галерея"');
  });

  it("plays an uploaded video with controls and refuses an embed address of another site", () => {
    const file = renderRichText(doc({ type: "video", attrs: { assetId: "v" } }), {
      media: new Map([["v", video({ embed: false, src: "/media/abc/original.mp4", transcript: "" })]]),
    });
    expect(file).toContain('<video src="/media/abc/original.mp4" controls="" preload="metadata"></video>');
    expect(file).not.toContain("details");
    const evil = renderRichText(doc({ type: "video", attrs: { assetId: "v" } }), { media: new Map([["v", video({ src: "https://evil.example/embed" })]]) });
    expect(evil).toBe("");
  });
});
