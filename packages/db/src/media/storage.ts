import { randomBytes } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdir, readFile, rm, rmdir, stat, writeFile } from "node:fs/promises";
import { dirname, resolve, sep } from "node:path";
import { Readable } from "node:stream";
import { z } from "zod";

/*
 * Where media files live. The data layer speaks only this interface, so that a newsroom can move
 * files to object storage by writing one more implementation.
 */

export type StoredFile = { size: number; stream: () => ReadableStream<Uint8Array> };

export interface MediaStorage {
  put(key: string, data: Uint8Array): Promise<void>;
  /** The whole file, or null if there is none under this key. */
  get(key: string): Promise<Buffer | null>;
  /** The file as a stream, for serving large videos without reading them into memory. */
  open(key: string): Promise<StoredFile | null>;
  /** Removes a file; removing one that is not there is not an error. */
  delete(key: string): Promise<void>;
}

const STORED_TYPES = ["image/jpeg", "image/png", "image/webp", "video/mp4", "video/webm"] as const;
type StoredType = (typeof STORED_TYPES)[number];
const EXTENSIONS: Record<StoredType, string> = { "image/jpeg": "jpg", "image/png": "png", "image/webp": "webp", "video/mp4": "mp4", "video/webm": "webm" };

/**
 * Keys are made here, never from a user's file name: a random folder per asset and a fixed file
 * name. Anything else asked of a storage is refused, so a key cannot climb out of the media folder.
 */
const KEY = /^[0-9a-f]{32}\/(original|w\d{1,5})\.(jpg|png|webp|mp4|webm)$/;

export function isMediaKey(key: string): boolean {
  return KEY.test(key);
}

/** A new folder for one asset's files. */
export function newAssetFolder(): string {
  return randomBytes(16).toString("hex");
}

export function originalKey(folder: string, type: StoredType): string {
  return `${folder}/original.${EXTENSIONS[type]}`;
}

export function variantKey(folder: string, width: number): string {
  return `${folder}/w${width}.webp`;
}

/** The content type a stored file is served with, from its key (which the server chose). */
export function contentTypeOfKey(key: string): StoredType | null {
  const extension = key.slice(key.lastIndexOf(".") + 1);
  return STORED_TYPES.find((type) => EXTENSIONS[type] === extension) ?? null;
}

// Apps and packages run with their own folder (two levels down) as working directory; a bundled
// module has no reliable file location of its own. `npm start` and e2e set MEDIA_DIR anyway.
const defaultMediaDir = resolve(process.cwd(), "../../.data/media");
const ZMediaDir = z.string().trim().min(1).default(defaultMediaDir);

/** Files on the local disk under one folder: `MEDIA_DIR`, or `.data/media` in the repository. */
export class LocalDiskStorage implements MediaStorage {
  readonly root: string;

  constructor(root: string) {
    this.root = resolve(root);
  }

  private pathOf(key: string): string {
    if (!isMediaKey(key)) throw new Error(`Not a media key: ${JSON.stringify(key)}`);
    const path = resolve(this.root, key);
    // The pattern already allows no "..", but a second check costs nothing where a mistake would expose any file.
    if (!path.startsWith(this.root + sep)) throw new Error(`Media key outside the media folder: ${key}`);
    return path;
  }

  async put(key: string, data: Uint8Array): Promise<void> {
    const path = this.pathOf(key);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, data, { flag: "wx" });
  }

  async get(key: string): Promise<Buffer | null> {
    if (!isMediaKey(key)) return null;
    return readFile(this.pathOf(key)).catch(notFoundAsNull);
  }

  async open(key: string): Promise<StoredFile | null> {
    if (!isMediaKey(key)) return null;
    const path = this.pathOf(key);
    const info = await stat(path).catch(notFoundAsNull);
    if (!info?.isFile()) return null;
    return { size: info.size, stream: () => Readable.toWeb(createReadStream(path)) as ReadableStream<Uint8Array> };
  }

  async delete(key: string): Promise<void> {
    const path = this.pathOf(key);
    await rm(path, { force: true });
    // The asset's folder goes with its last file; rmdir refuses while others remain.
    await rmdir(dirname(path)).catch(() => undefined);
  }
}

function notFoundAsNull(error: unknown): null {
  if (error instanceof Error && "code" in error && error.code === "ENOENT") return null;
  throw error;
}

const globalForMedia = globalThis as unknown as { rightsdeskMedia?: MediaStorage };

/** The app's storage, made once from `MEDIA_DIR`. */
export function mediaStorage(): MediaStorage {
  globalForMedia.rightsdeskMedia ??= new LocalDiskStorage(ZMediaDir.parse(process.env.MEDIA_DIR));
  return globalForMedia.rightsdeskMedia;
}
