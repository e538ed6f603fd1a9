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
const POLICY_NONCE = /'nonce-[^']*'/g;

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
 * @param {string} policy
 * @param {string} nonce
 */
export function withNonce(policy, nonce) {
  return policy.replace(POLICY_NONCE, `'nonce-${nonce}'`);
}

/**
 * Writes `to` over every `from` in `bytes`, in place (both have one length).
 * @param {Buffer} bytes
 * @param {Buffer} from
 * @param {Buffer} to
 */
export function replaceAll(bytes, from, to) {
  for (let at = bytes.indexOf(from); at !== -1; at = bytes.indexOf(from, at + from.length)) to.copy(bytes, at);
  return bytes;
}

/**
 * Bytes of our own to rewrite: a chunk handed to `write` may be a cached page's buffer, never to be changed in place.
 * @param {Buffer} held
 * @param {string | Uint8Array} chunk
 * @param {BufferEncoding | undefined} encoding
 */
function ownBytes(held, chunk, encoding) {
  if (typeof chunk !== "string") return Buffer.concat([held, chunk]);
  const bytes = Buffer.from(chunk, encoding);
  return held.length ? Buffer.concat([held, bytes]) : bytes;
}

/**
 * Makes `res` send `nonce` wherever the page holds `placeholder`, and in its policy header. A placeholder split
 * between two writes is caught by holding back the end of each write until the next one.
 * @param {import("node:http").ServerResponse} res
 * @param {string} placeholder
 * @param {string} nonce
 */
export function stampNonce(res, placeholder, nonce) {
  if (placeholder.length !== nonce.length) throw new Error("The nonce and its placeholder must have one length.");
  const from = Buffer.from(placeholder);
  const to = Buffer.from(nonce);
  const { writeHead, write, end } = res;
  /** @type {boolean | undefined} */
  let stamped;
  /** @type {Buffer} */
  let held = Buffer.alloc(0);
  const isStamped = () => (stamped ??= STAMPED_TYPES.test(String(res.getHeader("content-type") ?? "")));
  /** @param {unknown[]} args */
  const splitArgs = (args) => {
    const callback = args.find((arg) => typeof arg === "function");
    const [chunk, encoding] = args.filter((arg) => typeof arg !== "function");
    return {
      chunk: typeof chunk === "string" || chunk instanceof Uint8Array ? chunk : undefined,
      encoding: Buffer.isEncoding(String(encoding)) ? /** @type {BufferEncoding} */ (encoding) : undefined,
      callback: /** @type {((error?: Error | null) => void) | undefined} */ (callback),
    };
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
    function (/** @type {unknown[]} */ ...args) {
      const { chunk, encoding, callback } = splitArgs(args);
      if (chunk === undefined || !isStamped()) return write.apply(res, /** @type {Parameters<typeof write>} */ (args));
      const bytes = replaceAll(ownBytes(held, chunk, encoding), from, to);
      const keep = Math.min(from.length - 1, bytes.length);
      held = bytes.subarray(bytes.length - keep);
      return write.call(res, bytes.subarray(0, bytes.length - keep), "utf8", callback);
    }
  );
  res.end = /** @type {typeof res.end} */ (
    function (/** @type {unknown[]} */ ...args) {
      const { chunk, encoding, callback } = splitArgs(args);
      if (!isStamped() || (chunk === undefined && held.length === 0)) return end.apply(res, /** @type {Parameters<typeof end>} */ (args));
      const bytes = replaceAll(ownBytes(held, chunk ?? held.subarray(0, 0), encoding), from, to);
      held = Buffer.alloc(0);
      return end.call(res, bytes, "utf8", callback);
    }
  );
}
