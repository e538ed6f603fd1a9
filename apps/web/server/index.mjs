// @ts-check
/*
 * The public site's server: Next's request handler, with a fresh CSP nonce stamped into every response (see
 * nonce-stamp.mjs) and compression after the stamping, which is why next.config turns Next's own off.
 * `node server/index.mjs` serves the build; `--dev` runs Next in development mode. PORT sets the port (3000).
 */
import { createServer } from "node:http";
import { fileURLToPath } from "node:url";
import compression from "compression";
import { freshNonce, nonceStamper, placeholderNonce, requestPolicy } from "./nonce-stamp.mjs";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
if (!Number.isInteger(port) || port <= 0 || port > 65535) {
  console.error(`PORT must be a port number (1–65535), not "${process.env.PORT}".`);
  process.exit(1);
}

if (process.env.REDIS_URL && !process.env.REVALIDATE_SECRET) {
  // Servers sharing a cache serve each other's pages, so they must render them with one placeholder.
  console.error("REDIS_URL is set but REVALIDATE_SECRET is not: web servers that share a cache must share that secret too.");
  process.exit(1);
}
// As `next start` and `next dev` do (Object.assign: Next's types make NODE_ENV read-only).
if (!process.env.NODE_ENV) Object.assign(process.env, { NODE_ENV: dev ? "development" : "production" });
// Loaded once NODE_ENV is settled: Next and React choose their builds by it.
const { default: next } = await import("next");

const app = next({ dev, dir: fileURLToPath(new URL("..", import.meta.url)), port, turbopack: dev });
const handle = app.getRequestHandler();
const compress = compression();
const placeholder = placeholderNonce(process.env.REVALIDATE_SECRET);
const policy = requestPolicy(placeholder);
const stampNonce = nonceStamper(placeholder);

await app.prepare();
const server = createServer((req, res) => {
  req.headers["content-security-policy"] = policy;
  delete req.headers["content-security-policy-report-only"];
  // @ts-expect-error compression is typed for Express, and needs only what Node's request and response have.
  compress(req, res, () => {});
  stampNonce(res, freshNonce());
  void handle(req, res);
});
server.listen(port, () => console.info(`Public site on http://localhost:${port}${dev ? " (development)" : ""}`));

function stop() {
  server.close();
  void app.close().finally(() => process.exit(0));
}
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
