import { AppError, type VideoMimeType } from "@rightsdesk/domain";
import { BufferSource, BufferTarget, Conversion, Input, type InputTrack, MATROSKA, MP4, Mp4OutputFormat, Output, QTFF, WEBM, WebMOutputFormat } from "mediabunny";

const CONTAINERS = {
  // A QuickTime file starts with `ftyp` too, so it arrives here as MP4 and is stored as one.
  "video/mp4": { name: "an MP4", formats: [MP4, QTFF], output: () => new Mp4OutputFormat({ fastStart: "in-memory" }) },
  "video/webm": { name: "a WebM", formats: [WEBM, MATROSKA], output: () => new WebMOutputFormat() },
} as const;

const unusable = (reason: string) => new AppError("validation", `This video could not be processed: ${reason}.`);

function describeTrack(track: InputTrack): string {
  return `its ${track.type} (${track.codec ?? "an unknown codec"})`;
}

/**
 * The video with its pictures and sound only. Phones and cameras write where and with what a video
 * was shot into its container: the MP4 `udta` box (`©xyz` location, `©mak`/`©mod` device), Apple's
 * `meta`/`keys` location, XMP, Matroska tags, and timed-metadata tracks with a GPS fix per frame
 * (GoPro, iPhone). Mediabunny copies the encoded audio and video packets, undecoded, into a new file
 * of the same format, with no tags and no other track, so that none of it can come along. A video
 * whose picture or sound cannot be copied as it is is refused rather than stored with a part missing.
 */
export async function stripVideoMetadata(data: Uint8Array, type: VideoMimeType): Promise<Uint8Array> {
  const container = CONTAINERS[type];
  const input = new Input({ source: new BufferSource(data), formats: [...container.formats] });
  const target = new BufferTarget();
  const output = new Output({ format: container.output(), target });
  try {
    const conversion = await Conversion.init({ input, output, tags: {}, copy: { mode: "forced" }, showWarnings: false }).catch(() => {
      throw unusable(`it is damaged or not really ${container.name} video`);
    });
    const lost = conversion.discardedTracks.map((discarded) => discarded.track).find((track) => track.isVideoTrack() || track.isAudioTrack());
    if (lost) throw unusable(`${describeTrack(lost)} cannot be kept in ${container.name} file as it is`);
    if (!conversion.isValid) throw unusable("it has no picture or sound");
    await conversion.execute().catch(() => {
      throw unusable(`it is damaged or not really ${container.name} video`);
    });
  } finally {
    input.dispose();
  }
  if (!target.buffer) throw new Error("Mediabunny finished a conversion without writing the file");
  return new Uint8Array(target.buffer);
}
