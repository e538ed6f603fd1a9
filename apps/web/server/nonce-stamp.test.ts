import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import compression from "compression";
import { afterEach, describe, expect, it } from "vitest";
import { freshNonce, nonceStamper, placeholderNonce, requestPolicy } from "./nonce-stamp.mjs";

const PLACEHOLDER = placeholderNonce("a secret the web servers share");
const stampNonce = nonceStamper(PLACEHOLDER);
const page = (nonce: string) => `<!DOCTYPE html><script nonce="${nonce}">self.__next_f.push([1,"{\\"nonce\\":\\"${nonce}\\"}"])</script>`;

let close = () => {};
afterEach(() => close());

/** A real HTTP server whose handler sends what `send` writes, stamped with `nonce` (and compressed when asked). */
async function serve(send: (res: ServerResponse) => void, nonce: string, options: { compress?: boolean; stamper?: typeof stampNonce } = {}) {
  const compress = compression({ threshold: 0 });
  const server = createServer((req, res) => {
    // @ts-expect-error compression is typed for Express, and needs only what Node's request and response have.
    if (options.compress) compress(req, res, () => {});
    (options.stamper ?? stampNonce)(res, nonce);
    res.setHeader("content-security-policy", "script-src 'self' 'nonce-set-by-server' 'strict-dynamic'");
    send(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  close = () => server.close();
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const response = await fetch(url, { headers: options.compress ? { "accept-encoding": "gzip" } : {} });
  return { response, body: Buffer.from(await response.arrayBuffer()) };
}

describe("stampNonce", () => {
  it("gives each response the nonce in its policy and wherever the page held the placeholder", async () => {
    const nonce = freshNonce();
    const { response, body } = await serve((res) => {
      res.setHeader("content-type", "text/html; charset=utf-8");
      res.end(page(PLACEHOLDER));
    }, nonce);
    expect(response.headers.get("content-security-policy")).toBe(`script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`);
    expect(body.toString()).toBe(page(nonce));
  });

  it("finds a placeholder split between two writes, and keeps every byte and the declared length", async () => {
    const nonce = freshNonce();
    const html = `${"Аблязов ".repeat(500)}${page(PLACEHOLDER)}`;
    const { response, body } = await serve((res) => {
      res.setHeader("content-type", "text/html; charset=utf-8");
      res.setHeader("content-length", Buffer.byteLength(html));
      const bytes = Buffer.from(html);
      const split = bytes.indexOf(PLACEHOLDER) + 7;
      res.write(bytes.subarray(0, split));
      res.write(bytes.subarray(split, split + 3));
      res.end(bytes.subarray(split + 3));
    }, nonce);
    expect(body.toString()).toBe(`${"Аблязов ".repeat(500)}${page(nonce)}`);
    expect(Number(response.headers.get("content-length"))).toBe(body.length);
  });

  it("sends a page that comes whole again and again, each time with that response's nonce", async () => {
    const cached = `${"Аблязов ".repeat(2000)}${page(PLACEHOLDER)}`;
    for (const nonce of [freshNonce(), freshNonce(), freshNonce()]) {
      const { response, body } = await serve((res) => {
        res.setHeader("content-type", "text/html; charset=utf-8");
        res.setHeader("content-length", Buffer.byteLength(cached));
        res.end(cached);
      }, nonce);
      expect(body.toString()).toBe(`${"Аблязов ".repeat(2000)}${page(nonce)}`);
      expect(response.headers.get("content-security-policy")).toContain(`'nonce-${nonce}'`);
    }
  });

  it("keeps only so many pages' bytes, and stamps a page it has let go of as well as one it kept", async () => {
    const stamper = nonceStamper(PLACEHOLDER, 3_000);
    const pages = ["первая", "вторая", "третья"].map((word) => `${word.repeat(150)}${page(PLACEHOLDER)}`);
    for (const sent of [...pages, ...[...pages].reverse()]) {
      const nonce = freshNonce();
      const { body } = await serve(
        (res) => {
          res.setHeader("content-type", "text/html; charset=utf-8");
          res.end(sent);
        },
        nonce,
        { stamper },
      );
      expect(body.toString()).toBe(sent.replaceAll(PLACEHOLDER, nonce));
    }
  });

  it("never changes the bytes it was handed, which may be a cached page sent again to the next reader", async () => {
    const cached = Buffer.from(page(PLACEHOLDER));
    await serve((res) => {
      res.setHeader("content-type", "text/x-component");
      res.end(cached);
    }, freshNonce());
    expect(cached.toString()).toBe(page(PLACEHOLDER));
  });

  it("leaves what is not a page alone", async () => {
    const bytes = Buffer.from(`media bytes that happen to hold ${PLACEHOLDER}`);
    const { body } = await serve((res) => {
      res.setHeader("content-type", "application/octet-stream");
      res.end(bytes);
    }, freshNonce());
    expect(body.equals(bytes)).toBe(true);
  });

  it("stamps before compressing, so a compressed page carries the nonce too", async () => {
    const nonce = freshNonce();
    const { response, body } = await serve(
      (res) => {
        res.setHeader("content-type", "text/html; charset=utf-8");
        res.write(page(PLACEHOLDER).slice(0, 40));
        res.end(page(PLACEHOLDER).slice(40));
      },
      nonce,
      { compress: true },
    );
    expect(response.headers.get("content-encoding")).toBe("gzip");
    // fetch undoes the compression: what it gives back is the stamped page.
    expect(body.toString()).toBe(page(nonce));
  });
});

describe("the nonces", () => {
  it("are fresh each time, while servers that share a secret share the placeholder", () => {
    expect(freshNonce()).not.toBe(freshNonce());
    expect(placeholderNonce("shared secret of the servers")).toBe(placeholderNonce("shared secret of the servers"));
    expect(placeholderNonce(undefined)).not.toBe(placeholderNonce(undefined));
    expect(placeholderNonce("shared secret of the servers")).toHaveLength(freshNonce().length);
  });

  it("are what Next reads from the request's policy", () => {
    expect(requestPolicy("abc_-123")).toBe("script-src 'nonce-abc_-123'");
  });
});
