import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { IMAGE_MAX_BYTES, LIST_PAGE_SIZE, type RichTextDoc, ZMediaLibraryQuery } from "@rightsdesk/domain";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeActor, unique } from "../../test/fixtures";
import { packetsOf, phoneMp4, TELLTALES } from "../../test/phone-videos";
import { type Actor } from "../access/access";
import { createArticle, saveVersion } from "../articles/articles";
import { transitionVersion } from "../workflow/workflow";
import { db } from "../infra/client";
import { deleteMedia, embedVideo, getMedia, listMedia, listMediaByIds, listMediaPage, uploadMedia } from "./assets";
import { isPublishedMediaKey, resolvePublicMedia } from "./public";
import { storedFileResponse } from "./serve";
import { discardMediaTexts, mediaTextsToPublish, publishMediaTexts, updateMediaMetadata } from "./texts";
import { LocalDiskStorage } from "./storage";

let root: string;
let storage: LocalDiskStorage;
let editor: Actor;
let translator: Actor;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "rightsdesk-media-"));
  storage = new LocalDiskStorage(root);
  editor = await makeActor("editor");
  translator = await makeActor("translator");
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const GPS_IFD_POINTER = Buffer.from([0x25, 0x88]); // tag 0x8825, little-endian as sharp writes it

/** A photo as a phone takes it: sideways (EXIF orientation 6), with GPS coordinates and the photographer's name. */
function phonePhoto() {
  return sharp({ create: { width: 1200, height: 800, channels: 3, background: "#3366aa" } })
    .jpeg()
    .withExif({
      IFD0: { Artist: "Field reporter" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "50/1 27/1 0/1", GPSLongitudeRef: "E", GPSLongitude: "30/1 31/1 0/1" },
    })
    .withMetadata({ orientation: 6 })
    .toBuffer();
}

const png = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 4, background: { r: 200, g: 30, b: 30, alpha: 1 } } }).png().toBuffer();

async function metadataOf(key: string) {
  const file = await storage.get(key);
  if (!file) throw new Error(`No stored file ${key}`);
  return sharp(file).metadata();
}

describe("uploading images", () => {
  it("rotates a phone photo upright and stores it and its copies without any metadata", async () => {
    const photo = await phonePhoto();
    const before = await sharp(photo).metadata();
    expect(before.exif?.includes(GPS_IFD_POINTER)).toBe(true);
    expect(before.orientation).toBe(6);

    const asset = await uploadMedia({ data: photo, credit: "Photo: a reader" }, editor, storage);
    // Orientation 6 is a quarter turn: the stored picture is portrait.
    expect(asset).toMatchObject({ kind: "image", mimeType: "image/jpeg", width: 800, height: 1200, credit: "Photo: a reader" });

    const row = await db().mediaAsset.findUniqueOrThrow({ where: { id: asset.id }, include: { variants: { orderBy: { width: "asc" } } } });
    expect(row.storageKey).toMatch(/^[0-9a-f]{32}\/original\.jpg$/);
    expect(row.variants.map((variant) => [variant.format, variant.width])).toEqual([["webp", 320], ["webp", 640], ["webp", 800]]);
    for (const key of [row.storageKey ?? "", ...row.variants.map((variant) => variant.storageKey)]) {
      const stored = await metadataOf(key);
      expect(stored.exif, key).toBeUndefined();
      expect(stored.xmp, key).toBeUndefined();
      expect(stored.orientation, key).toBeUndefined();
    }
    const original = await storage.get(row.storageKey ?? "");
    expect(original?.includes(Buffer.from("Field reporter"))).toBe(false);
    expect((await metadataOf(row.variants[0]?.storageKey ?? "")).height).toBe(480);
  });

  it("judges a PNG uploaded as photo.jpg by its bytes: the data layer is never given a name or claimed type", async () => {
    const asset = await uploadMedia({ data: await png(200, 100) }, editor, storage);
    expect(asset).toMatchObject({ kind: "image", mimeType: "image/png", width: 200, height: 100 });
    const row = await db().mediaAsset.findUniqueOrThrow({ where: { id: asset.id }, include: { variants: true } });
    expect(row.storageKey).toMatch(/original\.png$/);
    expect(row.variants.map((variant) => variant.width)).toEqual([200]);
  });

  it("refuses a text file named .jpg, an oversize image and a damaged one, with a reason", async () => {
    await expect(uploadMedia({ data: Buffer.from("I am a text file, whatever my name says") }, editor, storage)).rejects.toMatchObject({
      code: "validation",
      message: expect.stringContaining("not an image or video we accept"),
    });
    const oversize = Buffer.concat([await png(10, 10), Buffer.alloc(IMAGE_MAX_BYTES)]);
    await expect(uploadMedia({ data: oversize }, editor, storage)).rejects.toMatchObject({
      code: "validation",
      message: "The image is 15.1 MB; the limit is 15 MB.",
    });
    const damaged = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(200, 7)]);
    await expect(uploadMedia({ data: damaged }, editor, storage)).rejects.toMatchObject({
      code: "validation",
      message: "This image could not be processed: it is damaged or not really an image.",
    });
  });

  it("lets only editors and admins upload, embed and delete", async () => {
    await expect(uploadMedia({ data: await png(10, 10) }, translator, storage)).rejects.toMatchObject({ code: "forbidden" });
    await expect(embedVideo({ url: "https://vimeo.com/76979871", credit: "" }, translator)).rejects.toMatchObject({ code: "forbidden" });
    const asset = await uploadMedia({ data: await png(10, 10) }, editor, storage);
    await expect(deleteMedia(asset.id, translator, storage)).rejects.toMatchObject({ code: "forbidden" });
  });

  it("stores and serves a phone's MP4 without its location and device, with the same pictures and sound", async () => {
    const video = await phoneMp4();
    const asset = await uploadMedia({ data: video }, editor, storage);
    const row = await db().mediaAsset.findUniqueOrThrow({ where: { id: asset.id } });
    const key = row.storageKey ?? "";
    expect(key).toMatch(/^[0-9a-f]{32}\/original\.mp4$/);

    const served = await storedFileResponse(key, "no-store", storage);
    const bytes = Buffer.from((await served?.arrayBuffer()) ?? new ArrayBuffer(0));
    expect(asset).toMatchObject({ kind: "video", mimeType: "video/mp4", width: null, bytes: bytes.byteLength });
    expect(TELLTALES.filter((text) => video.includes(text))).toEqual(TELLTALES);
    expect(TELLTALES.filter((text) => bytes.includes(text))).toEqual([]);
    expect(await packetsOf(bytes)).toEqual(await packetsOf(video));
  });

  it("refuses a video it cannot read, and stores nothing of it", async () => {
    const before = await readdir(root);
    const emptyMp4 = Buffer.concat([Buffer.from([0, 0, 0, 0x20]), Buffer.from("ftypisom"), Buffer.alloc(64)]);
    await expect(uploadMedia({ data: emptyMp4 }, editor, storage)).rejects.toMatchObject({
      code: "validation",
      message: "This video could not be processed: it has no picture or sound.",
    });
    expect(await readdir(root)).toEqual(before);
  });
});

describe("describing media", () => {
  it("lets a translator write alt text and captions in their languages but not in English or the credit", async () => {
    const asset = await uploadMedia({ data: await png(50, 50) }, editor, storage);
    await updateMediaMetadata(asset.id, { alt: { en: "A red square" }, caption: { en: "Test" }, credit: "RightsDesk" }, editor);
    const translated = (await updateMediaMetadata(asset.id, { alt: { ru: "Красный квадрат" }, caption: { ru: "Тест" } }, translator)).result;
    expect(translated).toMatchObject({ alt: { en: "A red square", ru: "Красный квадрат" }, caption: { en: "Test", ru: "Тест" }, credit: "RightsDesk" });
    await expect(updateMediaMetadata(asset.id, { alt: { en: "Changed" } }, translator)).rejects.toMatchObject({ code: "forbidden" });
    await expect(updateMediaMetadata(asset.id, { credit: "Someone" }, translator)).rejects.toMatchObject({ code: "forbidden" });
    await expect(updateMediaMetadata("missing", { alt: { ru: "x" } }, translator)).rejects.toMatchObject({ code: "not_found" });
    expect((await getMedia(asset.id))?.alt.en).toBe("A red square");
  });

  it("pages the library newest first by position, of one kind when asked", async () => {
    const videos = [];
    for (let i = 0; i < LIST_PAGE_SIZE + 1; i++) videos.push(await embedVideo({ url: "https://vimeo.com/76979871", credit: "" }, editor));
    // Older than anything else in the database, and all of one instant: the id alone orders them.
    await db().mediaAsset.updateMany({ where: { id: { in: videos.map((video) => video.id) } }, data: { createdAt: new Date("2001-01-01T00:00:00.000Z") } });
    const start = { value: new Date("2001-01-02T00:00:00.000Z"), id: "" };
    const first = await listMediaPage({ kind: "video", after: start });
    expect(first.items).toHaveLength(LIST_PAGE_SIZE);
    const second = await listMediaPage(ZMediaLibraryQuery.parse({ kind: "video", after: first.next }));
    expect(second.next).toBeNull();
    expect([...first.items, ...second.items].map((item) => item.id)).toEqual(videos.map((video) => video.id).sort());
    expect((await listMediaPage({ kind: "image", after: start })).items).toEqual([]);
  });

  it("embeds YouTube and Vimeo videos by address and refuses other sites", async () => {
    const video = await embedVideo({ url: "https://youtu.be/dQw4w9WgXcQ", credit: "Channel" }, editor);
    expect(video).toMatchObject({ kind: "video", externalUrl: "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ", credit: "Channel" });
    await expect(embedVideo({ url: "https://example.org/clip", credit: "" }, editor)).rejects.toMatchObject({
      code: "validation",
      message: "Only YouTube and Vimeo videos can be embedded by address; upload other videos as files.",
    });
    expect((await listMedia({ kind: "video" })).map((item) => item.id)).toContain(video.id);
    expect((await listMedia({ kind: "image" })).map((item) => item.id)).not.toContain(video.id);
  });

  it("lists an article's media in the order its text shows them, leaving out deleted ones", async () => {
    const first = await embedVideo({ url: "https://youtu.be/dQw4w9WgXcQ", credit: "" }, editor);
    const second = await uploadMedia({ data: await png(40, 40) }, editor, storage);
    expect((await listMediaByIds([second.id, "deleted", first.id])).map((item) => item.id)).toEqual([second.id, first.id]);
  });
});

describe("media in published articles", () => {
  const withImage = (assetId: string): RichTextDoc => ({
    type: "doc",
    content: [{ type: "paragraph", content: [{ type: "text", text: "Court hearing." }] }, { type: "mediaImage", attrs: { assetId } }],
  });

  it("is served only once published, resolved in the reader's language, refused at publication without alt text, and not deletable while used", async () => {
    const asset = await uploadMedia({ data: await png(2000, 1000) }, editor, storage);
    const row = await db().mediaAsset.findUniqueOrThrow({ where: { id: asset.id }, include: { variants: true } });
    const key = row.storageKey ?? "";
    const article = await createArticle({ title: "Hearing", summary: "", slug: unique("hearing") }, editor);
    await saveVersion(article.id, "en", { title: "Hearing", summary: "", body: withImage(asset.id), baseRevision: 1 }, editor);

    await expect(transitionVersion(article.id, "en", { transition: "publish" }, editor)).rejects.toMatchObject({
      code: "validation",
      message: "An image in the text has no alt text in English. Add it in the media library, then publish.",
    });
    expect(await isPublishedMediaKey(key)).toBe(false);

    await updateMediaMetadata(asset.id, { alt: { en: "The court building" }, caption: { en: "Aix", fr: "Aix-en-Provence" } }, editor);
    await transitionVersion(article.id, "en", { transition: "publish" }, editor);
    expect(await isPublishedMediaKey(key)).toBe(true);
    expect(await isPublishedMediaKey(row.variants[0]?.storageKey ?? "")).toBe(true);
    expect(await isPublishedMediaKey("../../etc/passwd")).toBe(false);

    const resolved = (await resolvePublicMedia([asset.id, "missing"], "fr")).get(asset.id);
    expect(resolved).toMatchObject({ kind: "image", width: 2000, height: 1000, alt: "The court building", caption: "Aix-en-Provence", embed: false });
    expect(resolved?.srcset.split(", ")).toHaveLength(4);
    expect(resolved?.src).toMatch(/^\/media\/[0-9a-f]{32}\/w1600\.webp$/);

    await expect(deleteMedia(asset.id, editor, storage)).rejects.toMatchObject({ code: "conflict", message: expect.stringContaining("“Hearing”") });
    await saveVersion(article.id, "en", { title: "Hearing", summary: "", body: { type: "doc", content: [{ type: "paragraph" }] }, baseRevision: 2 }, editor);
    await deleteMedia(asset.id, editor, storage);
    expect(await getMedia(asset.id)).toBeNull();
    expect(await storage.get(key)).toBeNull();
    const folder = key.split("/")[0] ?? "";
    expect(await readdir(root)).not.toContain(folder);
  });
});

describe("a translator's media texts on a published article", () => {
  /** An image with English texts, shown by a published article: what readers see of it is live. */
  async function publishedImage() {
    const asset = await uploadMedia({ data: await png(60, 40) }, editor, storage);
    await updateMediaMetadata(asset.id, { alt: { en: "Protesters outside the court" }, caption: { en: "Outside the court" } }, editor);
    const article = await createArticle({ title: "Protest", summary: "", slug: unique("protest") }, editor);
    const body: RichTextDoc = { type: "doc", content: [{ type: "mediaImage", attrs: { assetId: asset.id } }] };
    await saveVersion(article.id, "en", { title: "Protest", summary: "", body, baseRevision: 1 }, editor);
    await transitionVersion(article.id, "en", { transition: "publish" }, editor);
    return asset.id;
  }
  const publicCaption = async (id: string) => (await resolvePublicMedia([id], "ru")).get(id)?.caption;
  const waitingFor = async (id: string) => (await mediaTextsToPublish({ skip: 0, take: 10_000 })).items.filter((item) => item.assetId === id);

  it("waits for an editor, who sees it among the changes to publish and publishes it, with an audit entry", async () => {
    const id = await publishedImage();
    const saved = (await updateMediaMetadata(id, { alt: { ru: "" }, caption: { ru: "У здания суда" } }, translator)).result;
    expect(saved.caption.ru).toBeUndefined();
    expect(saved.pending.ru).toEqual({ texts: { caption: "У здания суда" }, authorName: "translator" });
    expect(await publicCaption(id), "readers keep the published text").toBe("Outside the court");
    expect(await waitingFor(id)).toMatchObject([
      { locale: "ru", name: "Protesters outside the court", authorName: "translator", changes: [{ field: "caption", live: "", proposed: "У здания суда" }] },
    ]);
    await expect(publishMediaTexts(id, "ru", translator)).rejects.toMatchObject({ code: "forbidden" });

    const published = (await publishMediaTexts(id, "ru", editor)).result;
    expect(published).toMatchObject({ caption: { en: "Outside the court", ru: "У здания суда" }, pending: {} });
    expect(await publicCaption(id)).toBe("У здания суда");
    expect(await waitingFor(id)).toEqual([]);
    const audit = await db().auditEvent.findFirst({ where: { action: "media.publish", targetId: id } });
    expect(audit).toMatchObject({ actorId: editor.id, targetType: "media", summary: "Published the caption of “Protesters outside the court” (ru)" });
    await expect(publishMediaTexts(id, "ru", editor)).rejects.toMatchObject({ code: "not_found" });
  });

  it("can be discarded by an editor, and stops waiting when the translator writes the live text back", async () => {
    const id = await publishedImage();
    await updateMediaMetadata(id, { caption: { uk: "Біля суду" } }, translator);
    await expect(discardMediaTexts(id, "uk", translator)).rejects.toMatchObject({ code: "forbidden" });
    expect((await discardMediaTexts(id, "uk", editor)).pending).toEqual({});
    expect((await resolvePublicMedia([id], "uk")).get(id)?.caption).toBe("Outside the court");
    await expect(discardMediaTexts(id, "uk", editor)).rejects.toMatchObject({ code: "not_found" });

    await updateMediaMetadata(id, { caption: { uk: "Біля суду" } }, translator);
    const reverted = (await updateMediaMetadata(id, { caption: { uk: "" } }, translator)).result;
    expect(reverted.pending).toEqual({});
    expect(await waitingFor(id)).toEqual([]);
  });

  it("lets an editor's own text go live at once, replacing what waited for the same text only", async () => {
    const id = await publishedImage();
    await updateMediaMetadata(id, { alt: { ru: "Протестующие" }, caption: { ru: "Черновик подписи" } }, translator);
    const saved = (await updateMediaMetadata(id, { caption: { ru: "У здания суда" } }, editor)).result;
    expect(saved.caption.ru).toBe("У здания суда");
    expect(saved.pending.ru?.texts).toEqual({ alt: "Протестующие" });
    expect(await publicCaption(id)).toBe("У здания суда");
    expect((await resolvePublicMedia([id], "ru")).get(id)?.alt).toBe("Protesters outside the court");
  });
});

describe("local disk storage", () => {
  it("refuses keys it did not make, so no path can leave the media folder", async () => {
    for (const key of ["../secret.jpg", "/etc/passwd", "0123456789abcdef0123456789abcdef/../../x.jpg", "photo.jpg"]) {
      expect(await storage.get(key)).toBeNull();
      expect(await storage.open(key)).toBeNull();
      await expect(storage.put(key, Buffer.from("x"))).rejects.toThrow("Not a media key");
    }
  });
});
