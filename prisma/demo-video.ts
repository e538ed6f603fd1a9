/**
 * A small MP4 video made at seed time, with no encoder and nothing downloaded: each picture is one
 * H.264 key frame whose macroblocks are all I_PCM (raw samples, which every H.264 decoder reads),
 * written by Mediabunny into an MP4 as an upload would be. Node has no WebCodecs, so Mediabunny can
 * write the container but not encode; I_PCM needs no encoding. The frames are big (384 bytes per
 * 16×16 block), so the demo uses a few pictures shown for seconds each.
 */
import { BufferTarget, EncodedPacket, EncodedVideoPacketSource, Mp4OutputFormat, Output } from "mediabunny";

/** Writes values most significant bit first, with the Exp-Golomb codes of H.264 (ue(v), se(v)). */
class BitWriter {
  private readonly bytes: number[] = [];
  private current = 0;
  private filled = 0;

  bit(value: number): this {
    this.current = (this.current << 1) | (value & 1);
    if (++this.filled === 8) {
      this.bytes.push(this.current);
      this.current = 0;
      this.filled = 0;
    }
    return this;
  }

  bits(value: number, count: number): this {
    for (let i = count - 1; i >= 0; i--) this.bit((value >> i) & 1);
    return this;
  }

  ue(value: number): this {
    const length = Math.floor(Math.log2(value + 1));
    return this.bits(0, length).bits(value + 1, length + 1);
  }

  /** Zero bits up to the next byte boundary. */
  align(): this {
    while (this.filled !== 0) this.bit(0);
    return this;
  }

  raw(data: Uint8Array): this {
    if (this.filled !== 0) throw new Error("Raw bytes must start on a byte boundary");
    for (const byte of data) this.bytes.push(byte);
    return this;
  }

  /** rbsp_trailing_bits: a stop bit, then zeros to the byte boundary. */
  finish(): Uint8Array {
    this.bit(1).align();
    return Uint8Array.from(this.bytes);
  }
}

/** A NAL unit: its header byte and the payload with emulation prevention (no 00 00 0x where x ≤ 3). */
function nalUnit(header: number, rbsp: Uint8Array): Uint8Array {
  const out = [header];
  let zeros = 0;
  for (const byte of rbsp) {
    if (zeros === 2 && byte <= 3) {
      out.push(3);
      zeros = 0;
    }
    out.push(byte);
    zeros = byte === 0 ? zeros + 1 : 0;
  }
  return Uint8Array.from(out);
}

const PROFILE_BASELINE = 66;
const CONSTRAINTS = 0xc0; // constraint_set0 and set1: Constrained Baseline, which every browser plays
const LEVEL = 30;

function sequenceParameterSet(widthInBlocks: number, heightInBlocks: number): Uint8Array {
  const rbsp = new BitWriter()
    .bits(PROFILE_BASELINE, 8)
    .bits(CONSTRAINTS, 8)
    .bits(LEVEL, 8)
    .ue(0) // seq_parameter_set_id
    .ue(0) // log2_max_frame_num_minus4
    .ue(2) // pic_order_cnt_type: order follows frame_num (no B frames)
    .ue(1) // max_num_ref_frames
    .bit(0) // gaps_in_frame_num_value_allowed_flag
    .ue(widthInBlocks - 1)
    .ue(heightInBlocks - 1)
    .bit(1) // frame_mbs_only_flag
    .bit(1) // direct_8x8_inference_flag
    .bit(0) // frame_cropping_flag
    .bit(0) // vui_parameters_present_flag
    .finish();
  return nalUnit(0x67, rbsp);
}

function pictureParameterSet(): Uint8Array {
  const rbsp = new BitWriter()
    .ue(0) // pic_parameter_set_id
    .ue(0) // seq_parameter_set_id
    .bit(0) // entropy_coding_mode_flag: CAVLC
    .bit(0) // bottom_field_pic_order_in_frame_present_flag
    .ue(0) // num_slice_groups_minus1
    .ue(0) // num_ref_idx_l0_default_active_minus1
    .ue(0) // num_ref_idx_l1_default_active_minus1
    .bit(0) // weighted_pred_flag
    .bits(0, 2) // weighted_bipred_idc
    .ue(0) // pic_init_qp_minus26, se(0) has the same code as ue(0)
    .ue(0) // pic_init_qs_minus26
    .ue(0) // chroma_qp_index_offset
    .bit(0) // deblocking_filter_control_present_flag
    .bit(0) // constrained_intra_pred_flag
    .bit(0) // redundant_pic_cnt_present_flag
    .finish();
  return nalUnit(0x68, rbsp);
}

const I_PCM = 25;

/** One IDR picture of I_PCM macroblocks from 4:2:0 planes (limited range, no sample may be 0). */
function keyFrame(picture: YuvPicture, idrPicId: number): Uint8Array {
  const writer = new BitWriter()
    .ue(0) // first_mb_in_slice
    .ue(7) // slice_type: I, and every slice of the picture is I
    .ue(0) // pic_parameter_set_id
    .bits(0, 4) // frame_num
    .ue(idrPicId)
    .bit(0) // no_output_of_prior_pics_flag
    .bit(0) // long_term_reference_flag
    .ue(0); // slice_qp_delta, se(0)
  const { width, height, y, u, v } = picture;
  const block = new Uint8Array(384);
  for (let row = 0; row < height / 16; row++) {
    for (let column = 0; column < width / 16; column++) {
      for (let i = 0; i < 16; i++) block.set(y.subarray((row * 16 + i) * width + column * 16, (row * 16 + i) * width + column * 16 + 16), i * 16);
      for (let i = 0; i < 8; i++) {
        const start = (row * 8 + i) * (width / 2) + column * 8;
        block.set(u.subarray(start, start + 8), 256 + i * 8);
        block.set(v.subarray(start, start + 8), 320 + i * 8);
      }
      writer.ue(I_PCM).align().raw(block);
    }
  }
  return nalUnit(0x65, writer.finish());
}

export type YuvPicture = { width: number; height: number; y: Uint8Array; u: Uint8Array; v: Uint8Array };

/** BT.601 limited-range 4:2:0 planes of an RGB picture whose sides are multiples of 16. */
export function rgbToYuv(rgb: Uint8Array, width: number, height: number): YuvPicture {
  if (width % 16 || height % 16) throw new Error("The picture's sides must be multiples of 16");
  const y = new Uint8Array(width * height);
  const u = new Uint8Array((width / 2) * (height / 2));
  const v = new Uint8Array((width / 2) * (height / 2));
  const at = (px: number, py: number) => {
    const i = (py * width + px) * 3;
    return [(rgb[i] ?? 0) / 255, (rgb[i + 1] ?? 0) / 255, (rgb[i + 2] ?? 0) / 255] as const;
  };
  for (let py = 0; py < height; py++) {
    for (let px = 0; px < width; px++) {
      const [r, g, b] = at(px, py);
      y[py * width + px] = Math.round(16 + 65.481 * r + 128.553 * g + 24.966 * b);
    }
  }
  for (let py = 0; py < height / 2; py++) {
    for (let px = 0; px < width / 2; px++) {
      const samples = [at(2 * px, 2 * py), at(2 * px + 1, 2 * py), at(2 * px, 2 * py + 1), at(2 * px + 1, 2 * py + 1)];
      const [r, g, b] = [0, 1, 2].map((c) => samples.reduce((sum, s) => sum + (s[c] ?? 0), 0) / 4) as [number, number, number];
      u[py * (width / 2) + px] = Math.round(128 - 37.797 * r - 74.203 * g + 112 * b);
      v[py * (width / 2) + px] = Math.round(128 + 112 * r - 93.786 * g - 18.214 * b);
    }
  }
  return { width, height, y, u, v };
}

const lengthPrefixed = (nal: Uint8Array) => {
  const out = new Uint8Array(4 + nal.length);
  new DataView(out.buffer).setUint32(0, nal.length);
  out.set(nal, 4);
  return out;
};

/** The `avcC` record an MP4 keeps the parameter sets in (4-byte NAL lengths). */
function avcConfig(sps: Uint8Array, pps: Uint8Array): Uint8Array {
  const out = new Uint8Array(11 + sps.length + pps.length);
  const view = new DataView(out.buffer);
  out.set([1, PROFILE_BASELINE, CONSTRAINTS, LEVEL, 0xff, 0xe1]);
  view.setUint16(6, sps.length);
  out.set(sps, 8);
  out[8 + sps.length] = 1;
  view.setUint16(9 + sps.length, pps.length);
  out.set(pps, 11 + sps.length);
  return out;
}

/** An MP4 showing each picture for `secondsEach` seconds. */
export async function slideshowMp4(pictures: readonly YuvPicture[], secondsEach: number): Promise<Uint8Array> {
  const first = pictures[0];
  if (!first) throw new Error("A video needs at least one picture");
  const { width, height } = first;
  const sps = sequenceParameterSet(width / 16, height / 16);
  const pps = pictureParameterSet();
  const codec = `avc1.${[PROFILE_BASELINE, CONSTRAINTS, LEVEL].map((n) => n.toString(16).padStart(2, "0")).join("")}`;
  const output = new Output({ format: new Mp4OutputFormat({ fastStart: "in-memory" }), target: new BufferTarget() });
  const source = new EncodedVideoPacketSource("avc");
  output.addVideoTrack(source);
  await output.start();
  for (const [index, picture] of pictures.entries()) {
    if (picture.width !== width || picture.height !== height) throw new Error("Every picture of a video must have the same size");
    // Two IDR pictures in a row must differ in idr_pic_id.
    const packet = new EncodedPacket(lengthPrefixed(keyFrame(picture, index % 2)), "key", index * secondsEach, secondsEach);
    await source.add(packet, index === 0 ? { decoderConfig: { codec, codedWidth: width, codedHeight: height, description: avcConfig(sps, pps) } } : undefined);
  }
  await output.finalize();
  const buffer = (output.target as BufferTarget).buffer;
  if (!buffer) throw new Error("Mediabunny finished the video without writing it");
  return new Uint8Array(buffer);
}
