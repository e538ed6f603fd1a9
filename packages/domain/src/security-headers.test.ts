import { describe, expect, it } from "vitest";
import { contentSecurityPolicy } from "./security-headers";

const directive = (policy: string, name: string) => policy.split("; ").find((part) => part.startsWith(`${name} `));

describe("contentSecurityPolicy", () => {
  it("trusts only scripts with the response's nonce when given one, never inline or eval", () => {
    const policy = contentSecurityPolicy({ nonce: "abc123", frameAncestors: "'none'" });
    expect(directive(policy, "script-src")).toBe("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(directive(policy, "frame-ancestors")).toBe("frame-ancestors 'none'");
    expect(policy).not.toContain("unsafe-eval");
  });

  it("lets the public site be framed by itself only, and allows no plugins, foreign bases or inline scripts", () => {
    const policy = contentSecurityPolicy({ nonce: "n", frameAncestors: "'self'" });
    expect(directive(policy, "script-src")).not.toContain("unsafe-inline");
    expect(directive(policy, "frame-ancestors")).toBe("frame-ancestors 'self'");
    expect(directive(policy, "object-src")).toBe("object-src 'none'");
    expect(directive(policy, "base-uri")).toBe("base-uri 'self'");
    // Embedded videos play; no other site can be framed.
    expect(directive(policy, "frame-src")).toBe("frame-src https://www.youtube-nocookie.com https://player.vimeo.com");
  });

  it("adds eval in development only", () => {
    expect(directive(contentSecurityPolicy({ nonce: "n", frameAncestors: "'none'", development: true }), "script-src")).toContain("'unsafe-eval'");
  });
});
