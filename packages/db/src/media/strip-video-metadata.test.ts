import { ALL_FORMATS, BufferSource, Input } from "mediabunny";
import { createFile, MP4BoxBuffer } from "mp4box";
import { describe, expect, it } from "vitest";
import { h264Mkv, LOCATION, packetsOf, phoneMp4, phoneWebm, TELLTALES } from "../../test/phone-videos";
import { stripVideoMetadata } from "./strip-video-metadata";

type BoxTree = { type: string; boxes?: BoxTree[] };

/** Every box's type, at every depth, and the tracks, as GPAC's MP4Box.js reads the file: a second opinion on what we wrote. */
function mp4boxView(data: Buffer) {
  const file = createFile();
  file.appendBuffer(MP4BoxBuffer.fromArrayBuffer(new Uint8Array(data).buffer, 0));
  file.flush();
  const walk = (boxes: BoxTree[]): string[] => boxes.flatMap((child) => [child.type, ...walk(child.boxes ?? [])]);
  return { boxes: walk(file.boxes), tracks: file.getInfo().tracks.map((track) => `${track.type} ${track.codec} ×${track.nb_samples}`) };
}

const telltalesIn = (data: Buffer) => TELLTALES.filter((text) => data.includes(Buffer.from(text)));

async function tagsOf(data: Uint8Array) {
  const input = new Input({ source: new BufferSource(data), formats: ALL_FORMATS });
  try {
    return await input.getMetadataTags();
  } finally {
    input.dispose();
  }
}

describe("stripVideoMetadata", () => {
  it("removes a phone MP4's location, device, XMP and GPS track and keeps its pictures, sound and turn", async () => {
    const video = await phoneMp4();
    expect(telltalesIn(video)).toEqual(TELLTALES);
    const original = mp4boxView(video);
    expect(original.boxes).toEqual(expect.arrayContaining(["udta", "meta", "keys", "ilst", "uuid"]));
    expect(original.tracks).toEqual(["video avc1.42c01e ×12", "audio mp4a.40.2 ×12", "metadata gpmd ×12"]);
    expect(JSON.stringify((await tagsOf(video)).raw)).toContain(LOCATION);

    const stripped = Buffer.from(await stripVideoMetadata(video, "video/mp4"));
    expect(telltalesIn(stripped)).toEqual([]);
    const result = mp4boxView(stripped);
    for (const type of ["udta", "meta", "uuid", "keys", "ilst"]) expect(result.boxes, type).not.toContain(type);
    expect(result.tracks).toEqual(["video avc1.42c01e ×12", "audio mp4a.40.2 ×12"]);
    // The movie box before the media, so that a browser can start playing before the whole file has arrived.
    expect(result.boxes.filter((type) => ["ftyp", "moov", "mdat"].includes(type))).toEqual(["ftyp", "moov", "mdat"]);
    expect((await tagsOf(stripped)).raw ?? {}).toEqual({});

    const [before, after] = [await packetsOf(video), await packetsOf(stripped)];
    expect(after).toEqual(before);
    expect(after.map((track) => [track.type, track.codec, track.rotation, track.packets.length])).toEqual([
      ["video", "avc", 90, 12],
      ["audio", "aac", null, 12],
    ]);
  });

  it("removes a WebM's tags and keeps its pictures and sound", async () => {
    const video = await phoneWebm();
    expect(telltalesIn(video)).toEqual([LOCATION, "Google", "Pixel 9 Pro"]);

    const stripped = Buffer.from(await stripVideoMetadata(video, "video/webm"));
    expect(telltalesIn(stripped)).toEqual([]);
    expect((await tagsOf(stripped)).raw ?? {}).toEqual({});
    expect(await packetsOf(stripped)).toEqual(await packetsOf(video));
  });

  it("refuses files that only start like a video, and a video whose picture its container cannot hold", async () => {
    const emptyMp4 = Buffer.concat([Buffer.from([0, 0, 0, 0x20]), Buffer.from("ftypisom"), Buffer.alloc(64)]);
    await expect(stripVideoMetadata(emptyMp4, "video/mp4")).rejects.toMatchObject({
      code: "validation",
      message: "This video could not be processed: it has no picture or sound.",
    });
    const damagedWebm = Buffer.concat([Buffer.from([0x1a, 0x45, 0xdf, 0xa3]), Buffer.alloc(100, 0x42)]);
    await expect(stripVideoMetadata(damagedWebm, "video/webm")).rejects.toMatchObject({
      code: "validation",
      message: "This video could not be processed: it is damaged or not really a WebM video.",
    });
    await expect(stripVideoMetadata(await h264Mkv(), "video/webm")).rejects.toMatchObject({
      code: "validation",
      message: "This video could not be processed: its video (avc) cannot be kept in a WebM file as it is.",
    });
  });
});
