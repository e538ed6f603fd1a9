import { once } from "node:events";
import { createServer, type IncomingMessage } from "node:http";
import { type AddressInfo } from "node:net";
import { REVALIDATE_SECRET_HEADER } from "@rightsdesk/domain";
import { afterEach, describe, expect, it, vi } from "vitest";
import { revalidationSender } from "./revalidation-sender";

type Received = { at: number; path: string; secret: string; body: unknown };

/** A stand-in public site on a real port that records every revalidation it is sent. */
async function publicSite(status = 200) {
  const received: Received[] = [];
  const server = createServer(async (request: IncomingMessage, response) => {
    let text = "";
    for await (const chunk of request) text += String(chunk);
    received.push({ at: Date.now(), path: request.url ?? "", secret: String(request.headers[REVALIDATE_SECRET_HEADER]), body: JSON.parse(text) });
    response.writeHead(status, { "content-type": "application/json" }).end("{}");
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, received, close: () => server.close() };
}

async function until(condition: () => boolean) {
  await expect.poll(condition, { timeout: 2_000, interval: 10 }).toBe(true);
}

describe("revalidationSender", () => {
  let close = () => {};
  afterEach(() => close());

  it("sends the tags at once, then again after each repeat delay, so a render that straddled the change is dropped", async () => {
    const site = await publicSite();
    close = site.close;
    const post = revalidationSender({ siteUrl: site.url, secret: "s".repeat(16), repeatAfterMs: [100, 300] });

    const start = Date.now();
    await post(["article:asylum-granted", "articles:en"]);
    // The first notice has arrived when the editor's answer would go out; the repeats have not.
    expect(site.received).toHaveLength(1);
    await until(() => site.received.length === 3);

    for (const notice of site.received) {
      expect(notice).toMatchObject({ path: "/api/revalidate", secret: "s".repeat(16), body: { tags: ["article:asylum-granted", "articles:en"] } });
    }
    const [, second, third] = site.received.map((notice) => notice.at - start);
    expect(second).toBeGreaterThanOrEqual(100);
    expect(third).toBeGreaterThanOrEqual(300);
  });

  it("sends nothing for a change no page shows", async () => {
    const site = await publicSite();
    close = site.close;
    await revalidationSender({ siteUrl: site.url, secret: "s".repeat(16), repeatAfterMs: [50] })([]);
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(site.received).toHaveLength(0);
  });

  it("logs a refusal and keeps the change, and still repeats", async () => {
    const site = await publicSite(500);
    close = site.close;
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      await expect(revalidationSender({ siteUrl: site.url, secret: "s".repeat(16), repeatAfterMs: [50] })(["tag:kazakhstan"])).resolves.toBeUndefined();
      await until(() => site.received.length === 2);
      await until(() => logged.mock.calls.length === 2);
      expect(logged).toHaveBeenCalledWith("Revalidating the public site failed: 500 {}");
    } finally {
      logged.mockRestore();
    }
  });
});
