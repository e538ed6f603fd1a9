// @ts-check
import { Buffer } from "node:buffer";
import { createHmac, randomBytes } from "node:crypto";

/*
 * A Content-Security-Policy nonce for every response, on pages that come from a shared cache.
 * Next puts the nonce of the request's policy on every script it renders, and a cached page keeps it. So pages are
 * rendered with a placeholder nonce that only the servers know, and each response has it swapped for a fresh one on
 * its way out, in the body and in the policy header alike: a script that was not in the page Next rendered (an
 * injected one) never carries the nonce the browser is told to trust.
 */

/** 16 random bytes, 22 characters: the placeholder and every nonce have one length, so Content-Length stays true. */
const NONCE_BYTES = 16;

/** Pages carry nonces in their HTML and in their RSC payload (the props of Next's scripts and styles). */
const STAMPED_TYPES = /^text\/(html|x-component)\b/;

/** A policy's nonce source, whatever it holds (next.config writes a stand-in there). */
const POLICY_NONCE = /'nonce-[^']*'/;

/** How many bytes of cached pages are kept (an article page is about 60 KB; the page strings they key take as much again). */
const ENCODED_BYTES = 16 * 1024 * 1024;

/** @returns {string} a fresh random nonce */
export function freshNonce() {
  return randomBytes(NONCE_BYTES).toString("base64url");
}

/**
 * The placeholder pages are rendered with. Servers sharing a cache must share it, so it is derived from their shared
 * secret; without one (a single server, its cache in its own memory) it is random per process.
 * @param {string | undefined} sharedSecret
 * @returns {string}
 */
export function placeholderNonce(sharedSecret) {
  if (!sharedSecret) return freshNonce();
  return createHmac("sha256", sharedSecret).update("csp-nonce-placeholder").digest().subarray(0, NONCE_BYTES).toString("base64url");
}

/**
 * The request header Next reads its nonce from: set by the server on every request, so that no client can choose
 * the nonce baked into a cached page.
 * @param {string} placeholder
 */
export function requestPolicy(placeholder) {
  return `script-src 'nonce-${placeholder}'`;
}

/**
 * Where `from` occurs in `bytes`.
 * @param {Buffer} bytes
 * @param {Buffer} from
 */
function offsetsOf(bytes, from) {
  const offsets = [];
  for (let at = bytes.indexOf(from); at !== -1; at = bytes.indexOf(from, at + from.length)) offsets.push(at);
  return offsets;
}

/**
 * @param {Buffer} bytes bytes of our own
 * @param {number[]} offsets
 * @param {string} nonce
 */
function stampInPlace(bytes, offsets, nonce) {
  for (const at of offsets) bytes.write(nonce, at, "latin1");
  return bytes;
}

/**
 * Makes response stampers for one placeholder. Next sends a cached page whole, as a string; encoding a two-byte
 * string of 45,000 characters to UTF-8 costs about 130 µs, a fifth of what serving the page costs, so the bytes and
 * the placeholders' offsets of the pages lately sent are kept, and a response costs a copy.
 * @param {string} placeholder
 * @param {number} [keptBytes] at most this many bytes of pages are kept, those sent longest ago dropped first
 */
export function nonceStamper(placeholder, keptBytes = ENCODED_BYTES) {
  const from = Buffer.from(placeholder);
  /** @type {Map<string, { bytes: Buffer, offsets: number[] }>} least recently sent first */
  const encoded = new Map();
  let encodedBytes = 0;
  /** @type {[policy: string, before: string, after: string] | undefined} the policy Next sends is the same each time */
  let lastPolicy;

  /** @param {string} page */
  function encode(page) {
    let entry = encoded.get(page);
    if (entry) {
      encoded.delete(page);
    } else {
      const bytes = Buffer.from(page);
      entry = { bytes, offsets: offsetsOf(bytes, from) };
      encodedBytes += bytes.length;
      for (const [oldest, { bytes: old }] of encoded) {
        if (encodedBytes <= keptBytes) break;
        encoded.delete(oldest);
        encodedBytes -= old.length;
      }
    }
    encoded.set(page, entry);
    return entry;
  }

  /**
   * @param {string} policy
   * @param {string} nonce
   */
  function withNonce(policy, nonce) {
    if (lastPolicy?.[0] !== policy) {
      const match = POLICY_NONCE.exec(policy);
      if (!match) return policy;
      lastPolicy = [policy, policy.slice(0, match.index), policy.slice(match.index + match[0].length)];
    }
    return `${lastPolicy[1]}'nonce-${nonce}'${lastPolicy[2]}`;
  }

  /**
   * Makes `res` send `nonce` wherever the page holds the placeholder, and in its policy header. A page streamed in
   * several writes (rendered for this request) is stamped as it goes, holding back the end of each write until the
   * next one in case a placeholder is split between them.
   * @param {import("node:http").ServerResponse} res
   * @param {string} nonce
   */
  return function stampNonce(res, nonce) {
    if (nonce.length !== placeholder.length) throw new Error("The nonce and its placeholder must have one length.");
    const { writeHead, write, end } = res;
    /** @type {boolean | undefined} */
    let stamped;
    /** @type {Buffer} */
    let held = Buffer.alloc(0);
    const isStamped = () => (stamped ??= STAMPED_TYPES.test(String(res.getHeader("content-type") ?? "")));
    /**
     * Bytes of our own, with the placeholders replaced but those that may continue in the next write.
     * @param {string | Uint8Array} chunk
     * @param {BufferEncoding | undefined} encoding
     */
    const take = (chunk, encoding) => {
      const bytes = Buffer.concat([held, typeof chunk === "string" ? Buffer.from(chunk, encoding) : chunk]);
      return stampInPlace(bytes, offsetsOf(bytes, from), nonce);
    };

    // Every way of sending the head goes through writeHead (a first write calls it too).
    res.writeHead = /** @type {typeof res.writeHead} */ (
      function (/** @type {Parameters<typeof res.writeHead>} */ ...args) {
        const policy = res.getHeader("content-security-policy");
        if (typeof policy === "string") res.setHeader("content-security-policy", withNonce(policy, nonce));
        return writeHead.apply(res, args);
      }
    );
    res.write = /** @type {typeof res.write} */ (
      /**
       * @param {unknown} chunk
       * @param {BufferEncoding | ((error?: Error | null) => void)} [encoding]
       * @param {(error?: Error | null) => void} [callback]
       */
      function (chunk, encoding, callback) {
        if (!(typeof chunk === "string" || chunk instanceof Uint8Array) || !isStamped()) {
          return write.apply(res, /** @type {Parameters<typeof write>} */ ([...arguments]));
        }
        const bytes = take(chunk, typeof encoding === "string" ? encoding : undefined);
        const keep = Math.min(from.length - 1, bytes.length);
        held = bytes.subarray(bytes.length - keep);
        return write.call(res, bytes.subarray(0, bytes.length - keep), "utf8", typeof encoding === "function" ? encoding : callback);
      }
    );
    res.end = /** @type {typeof res.end} */ (
      /**
       * @param {string | Uint8Array | (() => void)} [chunk]
       * @param {BufferEncoding | (() => void)} [encoding]
       * @param {() => void} [callback]
       */
      function (chunk, encoding, callback) {
        const done = typeof chunk === "function" ? chunk : typeof encoding === "function" ? encoding : callback;
        const data = typeof chunk === "function" ? undefined : chunk;
        const dataEncoding = typeof encoding === "string" ? encoding : undefined;
        if (!isStamped() || (data === undefined && held.length === 0)) return end.apply(res, /** @type {Parameters<typeof end>} */ ([...arguments]));
        if (typeof data === "string" && (dataEncoding === undefined || dataEncoding === "utf8") && held.length === 0) {
          // A copy: the kept bytes are sent again to the next reader, with another nonce.
          const { bytes, offsets } = encode(data);
          return end.call(res, stampInPlace(Buffer.from(bytes), offsets, nonce), "utf8", done);
        }
        // What is held back is shorter than a placeholder, so it holds none.
        const bytes = data === undefined ? held : take(data, dataEncoding);
        held = Buffer.alloc(0);
        return end.call(res, bytes, "utf8", done);
      }
    );
  };
}
