/*
 * The security headers of both apps' HTML. Pure strings, so that next.config and the proxies can share them.
 * Scripts: each response of either app has a nonce, and only scripts that carry it run ('strict-dynamic' passes
 * that trust to the chunks Next loads). The editor's proxy makes one per request; the public site, whose pages come
 * from a cache, has its server stamp one into every response (apps/web/server). Styles allow inline `style`
 * attributes, which React renders.
 */

/** Where embedded videos come from (see videoEmbedUrl): the only sites a page may show in a frame. */
export const VIDEO_EMBED_ORIGINS = { youtube: "https://www.youtube-nocookie.com", vimeo: "https://player.vimeo.com" } as const;

export type PolicyOptions = {
  /** A fresh random value per response. */
  nonce: string;
  /** Who may show the page in a frame: nobody for the editor, the site itself for the public site. */
  frameAncestors: "'none'" | "'self'";
  /** Development: React's debugging needs eval. */
  development?: boolean;
};

export function contentSecurityPolicy({ nonce, frameAncestors, development = false }: PolicyOptions): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${[`'nonce-${nonce}'`, "'strict-dynamic'", ...(development ? ["'unsafe-eval'"] : [])].join(" ")}`,
    "style-src 'self' 'unsafe-inline'",
    // Article images may be hot-linked from any https address; media of our own are served from 'self'.
    "img-src 'self' data: blob: https:",
    "media-src 'self' blob:",
    `frame-src ${Object.values(VIDEO_EMBED_ORIGINS).join(" ")}`,
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join("; ");
}

/** Headers every HTML response carries, whatever the policy. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
};

/** Sent only over HTTPS (a browser ignores it over HTTP, and it must not pin a local http:// install). */
export const HSTS_HEADER = { key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" } as const;
