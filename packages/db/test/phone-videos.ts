import {
  ALL_FORMATS,
  BufferSource,
  BufferTarget,
  EncodedAudioPacketSource,
  EncodedPacket,
  EncodedPacketSink,
  EncodedVideoPacketSource,
  Input,
  MkvOutputFormat,
  Mp4OutputFormat,
  Output,
  type OutputFormat,
  WebMOutputFormat,
} from "mediabunny";

/*
 * Small videos made in the test, carrying what a phone writes about where and with what it filmed.
 * The frames are not real pictures, but each container around them is a valid one: nothing in the
 * code under test decodes a frame.
 */

export const LOCATION = "+48.8577+002.2950/";
export const DEVICE = ["Google", "Pixel 9 Pro", "Apple", "iPhone 15"];

const u32 = (value: number) => {
  const bytes = Buffer.alloc(4);
  bytes.writeUInt32BE(value);
  return bytes;
};
const u16 = (value: number) => u32(value).subarray(2);
// Apple's box names start with ©, one byte (0xA9) in the file.
const box = (type: string, ...payload: Uint8Array[]) => {
  const content = Buffer.concat(payload);
  return Buffer.concat([u32(8 + content.length), Buffer.from(type, "latin1"), content]);
};
const fullBox = (type: string, ...payload: Uint8Array[]) => box(type, u32(0), ...payload);

/** A QuickTime user-data text: length, language (English), text. */
const userText = (type: string, text: string) => box(type, u16(Buffer.byteLength(text)), u16(0x15c7), Buffer.from(text));

/** Apple's `meta` box: named keys (`keys`) and their UTF-8 values (`ilst`), as an iPhone writes the location. */
function appleMeta(entries: Record<string, string>) {
  const keys = Object.keys(entries);
  return fullBox(
    "meta",
    fullBox("hdlr", u32(0), Buffer.from("mdta"), Buffer.alloc(12), Buffer.alloc(1)),
    fullBox("keys", u32(keys.length), ...keys.map((key) => box("mdta", Buffer.from(key)))),
    box("ilst", ...keys.map((key, i) => box(u32(i + 1).toString("latin1"), box("data", u32(1), u32(0), Buffer.from(entries[key] ?? ""))))),
  );
}

const XMP_UUID = Buffer.from("be7acfcb97a942e89c71999491e3afac", "hex");
const xmp = `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" exif:GPSLatitude="48,51.462N" exif:GPSLongitude="2,17.7E" exif:Make="${DEVICE[0]}"/></rdf:RDF></x:xmpmeta>`;

/** H.264 Baseline, 16×16: sequence and picture parameter sets in an `avcC` record. */
const AVC_CONFIG = Buffer.from([1, 0x42, 0xc0, 0x1e, 0xff, 0xe1, 0, 6, 0x67, 0x42, 0xc0, 0x1e, 0xda, 0x79, 1, 0, 4, 0x68, 0xce, 0x38, 0x80]);
/** AAC-LC, 48 kHz, mono. */
const AAC_CONFIG = Buffer.from([0x11, 0x88]);
/** VP8 frames: a key frame's header carries its start code and size; a delta frame's first bit is 1. */
const vp8Frame = (i: number) => (i === 0 ? Buffer.from([0x10, 0x02, 0x00, 0x9d, 0x01, 0x2a, 16, 0, 16, 0, 7]) : Buffer.from([0x11, 0x02, 0x00, i]));
const avcFrame = (i: number) => Buffer.from([0, 0, 0, 3, i === 0 ? 0x65 : 0x41, 0x88, i]);

const FRAMES = 12;

async function record(format: OutputFormat, video: "avc" | "vp8", options: { tags?: Record<string, string>; telemetry?: boolean } = {}): Promise<Buffer> {
  const output = new Output({ format, target: new BufferTarget() });
  const pictures = new EncodedVideoPacketSource(video);
  const sound = new EncodedAudioPacketSource(video === "avc" ? "aac" : "opus");
  // Written as a second sound track, made a timed-metadata track afterwards: a muxer writes no other kind.
  const telemetry = new EncodedAudioPacketSource("aac");
  // Phones film upright by storing the turn in the track, not by turning the pictures (in MP4: WebM has no field for it).
  output.addVideoTrack(pictures, { rotation: video === "avc" ? 90 : 0 });
  output.addAudioTrack(sound);
  if (options.telemetry) output.addAudioTrack(telemetry);
  if (options.tags) output.setMetadataTags({ comment: options.tags.COMMENT, raw: options.tags });
  await output.start();
  for (let i = 0; i < FRAMES; i++) {
    const frame = video === "avc" ? avcFrame(i) : vp8Frame(i);
    const videoConfig = video === "avc" ? { codec: "avc1.42c01e", codedWidth: 16, codedHeight: 16, description: AVC_CONFIG } : { codec: "vp8", codedWidth: 16, codedHeight: 16 };
    const aacConfig = { codec: "mp4a.40.2", numberOfChannels: 1, sampleRate: 48000, description: AAC_CONFIG };
    const audioConfig = video === "avc" ? aacConfig : { codec: "opus", numberOfChannels: 1, sampleRate: 48000 };
    const first = <Config,>(decoderConfig: Config) => (i === 0 ? { decoderConfig } : undefined);
    await pictures.add(new EncodedPacket(frame, i === 0 ? "key" : "delta", i / 12, 1 / 12), first(videoConfig));
    await sound.add(new EncodedPacket(Buffer.from([0x21, 0x10, i]), "key", i / 12, 1 / 12), first(audioConfig));
    if (options.telemetry) await telemetry.add(new EncodedPacket(Buffer.from(`GPS ${LOCATION}`), "key", i / 12, 1 / 12), first(aacConfig));
  }
  await output.finalize();
  return Buffer.from(output.target.buffer ?? new ArrayBuffer(0));
}

/**
 * An MP4 as phones and cameras write it: `moov/udta` with the location (`©xyz`) and the device
 * (`©mak`, `©mod`), Apple's `moov/meta` with `com.apple.quicktime.location.ISO6709` and the model,
 * a timed-metadata track with a GPS fix per frame, and an XMP box with GPS coordinates after the movie.
 */
export async function phoneMp4(): Promise<Buffer> {
  // The movie box comes last, so boxes added to it move no byte of the media before it.
  const plain = await record(new Mp4OutputFormat({ fastStart: false }), "avc", { telemetry: true });
  // The third track becomes a GoPro-style GPS track: handler `meta`, sample entry `gpmd` (same lengths, in place).
  plain.write("meta", plain.lastIndexOf("mhlrsoun") + 4, "latin1");
  plain.write("gpmd", plain.lastIndexOf("mp4a"), "latin1");
  const moovAt = plain.lastIndexOf(Buffer.from("moov")) - 4;
  if (moovAt < 0 || moovAt + plain.readUInt32BE(moovAt) !== plain.length) throw new Error("The movie box is not the last box");
  const added = Buffer.concat([
    box("udta", userText("©xyz", LOCATION), userText("©mak", DEVICE[0] ?? ""), userText("©mod", DEVICE[1] ?? "")),
    appleMeta({
      "com.apple.quicktime.location.ISO6709": LOCATION,
      "com.apple.quicktime.make": DEVICE[2] ?? "",
      "com.apple.quicktime.model": DEVICE[3] ?? "",
    }),
  ]);
  const moov = Buffer.concat([u32(plain.length - moovAt + added.length), plain.subarray(moovAt + 4), added]);
  return Buffer.concat([plain.subarray(0, moovAt), moov, box("uuid", XMP_UUID, Buffer.from(xmp))]);
}

/** A WebM with Matroska tags naming the place and the device. */
export function phoneWebm(): Promise<Buffer> {
  return record(new WebMOutputFormat(), "vp8", { tags: { LOCATION, COMMENT: `Filmed with ${DEVICE[1]}`, ENCODER: DEVICE[0] ?? "" } });
}

/** A Matroska file with H.264 video, which starts like a WebM but whose video a WebM cannot hold. */
export function h264Mkv(): Promise<Buffer> {
  return record(new MkvOutputFormat(), "avc");
}

/** Every track's codec, turn and packets (timing, kind and bytes), to compare a video before and after. */
export async function packetsOf(data: Uint8Array) {
  const input = new Input({ source: new BufferSource(data), formats: ALL_FORMATS });
  try {
    return await Promise.all(
      (await input.getTracks()).map(async (track) => {
        const packets = [];
        for await (const packet of new EncodedPacketSink(track).packets()) {
          packets.push({ timestamp: packet.timestamp, duration: packet.duration, type: packet.type, data: Buffer.from(packet.data).toString("hex") });
        }
        return { type: track.type, codec: track.codec, rotation: track.isVideoTrack() ? track.rotation : null, packets };
      }),
    );
  } finally {
    input.dispose();
  }
}

/** Text that must not be in a stripped file, in the encodings it is written in. */
export const TELLTALES = [LOCATION, ...DEVICE, "GPSLatitude", "com.apple.quicktime"];
