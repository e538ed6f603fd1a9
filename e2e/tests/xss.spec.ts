import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type APIRequestContext, expect, type Page, test } from "./fixtures";
import { PAGE_SIZE } from "@rightsdesk/domain";
import { XSS_PAYLOADS, XSS_PROBE } from "../xss/payloads";
import { eachAtOnce, EDITOR_URL, moreTabs, signIn, WEB_URL } from "./support";

type Doc = { type: "doc"; content: unknown[] };
const text = (value: string) => ({ type: "text", text: value });
const paragraph = (value: string) => ({ type: "paragraph", content: [text(value)] });

/** One article holding every payload in every kind of block the body has. */
function bodyWithEveryPayload(): Doc {
  return {
    type: "doc",
    content: XSS_PAYLOADS.flatMap((payload) => [
      { type: "heading", attrs: { level: 2 }, content: [text(payload)] },
      paragraph(payload),
      { type: "paragraph", content: [{ ...text(payload), marks: [{ type: "link", attrs: { href: "https://example.org/" } }, { type: "bold" }] }] },
      { type: "bulletList", content: [{ type: "listItem", content: [paragraph(payload)] }] },
      { type: "blockquote", content: [paragraph(payload)] },
      { type: "codeBlock", content: [text(payload)] },
    ]),
  };
}

async function publishArticle(request: APIRequestContext, slug: string, title: string, body: Doc) {
  const created = await request.post(`${EDITOR_URL}/api/articles`, { data: { title, summary: title, slug } });
  expect(created.status(), `create ${slug}`).toBe(200);
  const { id } = (await created.json()) as { id: string };
  const saved = await request.put(`${EDITOR_URL}/api/articles/${id}/versions/en`, {
    data: { title, summary: title, body, baseRevision: 1 },
  });
  expect(saved.status(), `save ${slug}`).toBe(200);
  const published = await request.post(`${EDITOR_URL}/api/articles/${id}/versions/en/workflow`, { data: { transition: "publish" } });
  expect(published.status(), `publish ${slug}`).toBe(200);
  return id;
}

/**
 * Records every dialog any of the browser's tabs opens and, before any page script, installs the payloads' probe in
 * each; then signs in.
 */
async function watchForScripts(page: Page): Promise<string[]> {
  const dialogs: string[] = [];
  page.context().on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.context().addInitScript({ content: XSS_PROBE });
  await signIn(page, "editor");
  return dialogs;
}

/** The signed-in browser's requests, three at once. */
const threeAtOnce = (page: Page) => Array.from({ length: 3 }, () => page.request);

/** Opens every address, in three tabs of the signed-in browser at once, and fails if any payload ran on any. */
async function expectNoScriptRanOnAll(page: Page, urls: readonly string[]) {
  const tabs = await moreTabs(page, 3);
  await eachAtOnce(urls, tabs, (url, tab) => expectNoScriptRan(tab, url));
  await Promise.all(tabs.map((tab) => tab.close()));
}

/** Opens a page and fails if any payload ran or any dialog opened there. */
async function expectNoScriptRan(page: Page, url: string) {
  const response = await page.goto(url);
  expect(response?.status(), url).toBeLessThan(400);
  await page.waitForLoadState("networkidle");
  const hits = await page.evaluate(() => (window as unknown as { __xssHits: number[] }).__xssHits);
  expect(hits, `payloads that ran on ${url}`).toEqual([]);
}

test("none of the script-injection payloads runs on either app, in titles, summaries or any block of the body", async ({ page }) => {
  test.setTimeout(600_000);
  expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(50);
  const dialogs = await watchForScripts(page);

  const run = Date.now().toString(36);
  const empty: Doc = { type: "doc", content: [paragraph("Injection check.")] };
  const titled = await eachAtOnce([...XSS_PAYLOADS.entries()], threeAtOnce(page), async ([index, payload], request) => {
    const slug = `xss-${run}-${index + 1}`;
    return { slug, id: await publishArticle(request, slug, payload, empty) };
  });
  const bodySlug = `xss-${run}-body`;
  const bodyId = await publishArticle(page.request, bodySlug, "Every payload in the body", bodyWithEveryPayload());

  // Public site: each article page shows its payload as text, escaped, and nothing runs; so do the listing's
  // first pages, which hold every titled one (the newest articles come first).
  const listings = Array.from({ length: Math.ceil((titled.length + 1) / PAGE_SIZE) }, (_, i) => `${WEB_URL}/en?page=${i + 1}`);
  await expectNoScriptRanOnAll(page, [...titled.map(({ slug }) => `${WEB_URL}/en/articles/${slug}`), ...listings]);
  // Stored as typed, but for NUL characters, which the server drops from every request.
  const last = titled.at(-1);
  await expectNoScriptRan(page, `${WEB_URL}/en/articles/${last?.slug ?? ""}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText((XSS_PAYLOADS.at(-1) ?? "").replaceAll("\u0000", ""));
  await expectNoScriptRan(page, `${WEB_URL}/en/articles/${bodySlug}`);
  await expect(page.getByRole("heading", { name: XSS_PAYLOADS[0], exact: true })).toBeVisible();

  // Editor: the list with every title, each title's editing page and the body in Tiptap.
  await expectNoScriptRanOnAll(page, [`${EDITOR_URL}/`, ...titled.map(({ id }) => `${EDITOR_URL}/articles/${id}/en`)]);
  await expectNoScriptRan(page, `${EDITOR_URL}/articles/${bodyId}/en`);
  await expect(page.getByRole("textbox", { name: "Body" })).toContainText(XSS_PAYLOADS[1] ?? "");
  await expectNoScriptRan(page, `${EDITOR_URL}/articles/${bodyId}/en/history`);

  expect(dialogs).toEqual([]);
});

test("links and images with script addresses are refused by the server", async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, "editor");
  const created = await page.request.post(`${EDITOR_URL}/api/articles`, { data: { title: `Refused links ${Date.now().toString(36)}` } });
  const { id } = (await created.json()) as { id: string };
  const scriptAddresses = XSS_PAYLOADS.filter((payload) => /^(javascript|data):/i.test(payload));
  expect(scriptAddresses.length).toBeGreaterThan(0);
  for (const href of [...scriptAddresses, "JaVaScRiPt:__xss(0)", " javascript:__xss(0)", "vbscript:msgbox(1)"]) {
    const link = { type: "doc", content: [{ type: "paragraph", content: [{ ...text("x"), marks: [{ type: "link", attrs: { href } }] }] }] };
    const image = { type: "doc", content: [{ type: "image", attrs: { src: href, alt: "x" } }] };
    for (const body of [link, image]) {
      const response = await page.request.put(`${EDITOR_URL}/api/articles/${id}/versions/en`, {
        data: { title: "T", summary: "", body, baseRevision: 1 },
      });
      expect(response.status(), href).toBe(400);
    }
  }
});

const photo = readFileSync(fileURLToPath(new URL("../fixtures/courthouse.png", import.meta.url)));

/** An image whose alt text, caption and credit are the payload; its id for the body. */
async function describedImage(request: APIRequestContext, payload: string): Promise<string> {
  const uploaded = await request.post(`${EDITOR_URL}/api/media`, {
    multipart: { file: { name: "photo.png", mimeType: "image/png", buffer: photo } },
  });
  expect(uploaded.status()).toBe(201);
  const { id } = (await uploaded.json()) as { id: string };
  const described = await request.put(`${EDITOR_URL}/api/media/${id}`, {
    data: { alt: { en: payload }, caption: { en: payload }, credit: payload.slice(0, 200) },
  });
  expect(described.status(), payload).toBe(200);
  return id;
}

test("payloads in alt texts, captions, credits, transcripts, statements and mention labels run nowhere", async ({ page }) => {
  test.setTimeout(600_000);
  const dialogs = await watchForScripts(page);

  const images = await eachAtOnce(XSS_PAYLOADS, threeAtOnce(page), (payload, request) => describedImage(request, payload));
  const video = await page.request.post(`${EDITOR_URL}/api/media/embed`, { data: { url: "https://www.youtube.com/watch?v=dQw4w9WgXcQ" } });
  expect(video.status()).toBeLessThan(300);
  const { id: videoId } = (await video.json()) as { id: string };
  const transcript = await page.request.put(`${EDITOR_URL}/api/media/${videoId}`, { data: { transcript: { en: XSS_PAYLOADS.join("\n") } } });
  expect(transcript.status()).toBe(200);

  const body: Doc = {
    type: "doc",
    content: [
      ...images.map((assetId) => ({ type: "mediaImage", attrs: { assetId } })),
      { type: "gallery", attrs: { assetIds: images.slice(0, 5) } },
      { type: "video", attrs: { assetId: videoId } },
      ...XSS_PAYLOADS.map((payload) => ({
        type: "statement",
        attrs: { organisation: payload.slice(0, 200), organisationId: null, date: "2024-03-05", sourceUrl: `https://example.org/source?q=${payload}` },
        content: [paragraph(payload)],
      })),
      { type: "paragraph", content: XSS_PAYLOADS.map((payload) => ({ type: "mention", attrs: { id: "no-such-person", kind: "person", label: payload } })) },
    ],
  };
  const slug = `xss-${Date.now().toString(36)}-media`;
  const id = await publishArticle(page.request, slug, "Payloads in media and statements", body);

  await expectNoScriptRan(page, `${WEB_URL}/en/articles/${slug}`);
  await expect(page.getByRole("img", { name: XSS_PAYLOADS[1], exact: true }).first()).toBeVisible();
  await expect(page.getByRole("link", { name: "Back to the statement" })).toHaveCount(XSS_PAYLOADS.length);
  await expectNoScriptRan(page, `${WEB_URL}/ru/articles/${slug}`);
  await expectNoScriptRan(page, `${EDITOR_URL}/articles/${id}/en`);
  await expect(page.getByRole("textbox", { name: "Body" })).toContainText(XSS_PAYLOADS[2] ?? "");
  await expectNoScriptRan(page, `${EDITOR_URL}/media`);
  expect(dialogs).toEqual([]);
});
