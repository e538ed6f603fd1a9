import { expect, type Page, test } from "./fixtures";
import { parseFeed } from "@rowanmanning/feed-parser";
import { createArticleByApi, moveVersion, SEED, signIn, uniqueTitle, WEB_URL } from "./support";

/** The JSON-LD objects of a page, parsed as a search engine reads them (a script may hold one object or a list). */
async function jsonLd(page: Page): Promise<Record<string, unknown>[]> {
  const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
  return scripts.flatMap((text) => [JSON.parse(text) as Record<string, unknown> | Record<string, unknown>[]].flat());
}

test("RSS and Atom feeds per language and per tag parse and list the published articles, and pages announce them", async ({ page, request }) => {
  // Feeds hold the newest articles, and other tests publish too: the test publishes one of its own (the newest,
  // so first in its language's feeds) and leaves another a draft.
  await signIn(page, "editor");
  const title = uniqueTitle("Almaty court hears an extradition appeal");
  const published = await createArticleByApi(page, title);
  const draft = await createArticleByApi(page, uniqueTitle("Draft about the appeal"));
  const before = Date.now();
  await moveVersion(page, published.id, "en", "publish");
  const after = Date.now();
  const ownArticle = `${WEB_URL}/en/articles/${published.slug}`;
  for (const path of ["/en/feed.xml", "/en/atom.xml", "/en/tags/kz/feed.xml", "/en/tags/kz/atom.xml"]) {
    const response = await request.get(`${WEB_URL}${path}`);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["content-type"], path).toMatch(path.endsWith("atom.xml") ? /application\/atom\+xml/ : /application\/rss\+xml/);
    const feed = parseFeed(await response.text());
    expect(feed.meta.type, path).toBe(path.endsWith("atom.xml") ? "atom" : "rss");
    expect(feed.title, path).toMatch(/^RightsDesk — /);
    expect(feed.language ?? "en", path).toBe("en");
    expect(feed.items.length, path).toBeGreaterThan(0);
    for (const entry of feed.items) expect(entry.url, path).toMatch(new RegExp(`^${WEB_URL}/en/articles/[a-z0-9-]+$`));
    // Drafts never reach a feed.
    expect(feed.items.some((entry) => entry.url?.includes(draft.slug) || entry.url?.includes(SEED.draftSlug)), path).toBe(false);
    if (path.includes("/tags/")) continue;
    const [first] = feed.items;
    expect(first?.url, path).toBe(ownArticle);
    expect(first?.title, path).toBe(title);
    // Feeds give the time the article went live, to the second.
    expect(first?.published?.getTime(), path).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000);
    expect(first?.published?.getTime(), path).toBeLessThanOrEqual(after);
  }
  const russian = parseFeed(await (await request.get(`${WEB_URL}/ru/feed.xml`)).text());
  expect(russian.items.map((entry) => entry.title)).toContain(SEED.russianTitle);
  expect((await request.get(`${WEB_URL}/en/tags/no-such-tag/feed.xml`)).status()).toBe(404);

  await page.goto(`${WEB_URL}/en`);
  await expect(page.locator('head link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute("href", "/en/feed.xml");
  await expect(page.locator('head link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute("href", "/en/atom.xml");
  await page.goto(`${WEB_URL}/en/tags/kz`);
  await expect(page.locator('head link[rel="alternate"][type="application/rss+xml"][href="/en/tags/kz/feed.xml"]')).toHaveCount(1);
});

test("robots.txt allows the site, keeps crawlers out of search results and names the sitemap", async ({ request }) => {
  const robots = await (await request.get(`${WEB_URL}/robots.txt`)).text();
  expect(robots).toContain("User-Agent: *");
  expect(robots).toContain("Disallow: /*/search");
  expect(robots).toContain(`Sitemap: ${WEB_URL}/sitemap.xml`);
});

test("an article carries its canonical address, OpenGraph and Twitter cards, NewsArticle and breadcrumb data, and share links", async ({ page }) => {
  const url = `${WEB_URL}/en/articles/${SEED.publishedSlug}`;
  await page.goto(url);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", url);
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute("content", "article");
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", /Open Dialog leaders meet Mukhtar Ablyazov/);
  await expect(page.locator('meta[property="og:url"]')).toHaveAttribute("content", url);
  await expect(page.locator('meta[property="article:published_time"]')).toHaveAttribute("content", "2017-01-08T12:00:00.000Z");
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", /^summary/);

  const data = await jsonLd(page);
  expect(data).toContainEqual(
    expect.objectContaining({ "@type": "NewsArticle", headline: expect.stringMatching(/Open Dialog leaders/), url, datePublished: "2017-01-08T12:00:00.000Z" }),
  );
  const breadcrumb = data.find((item) => item["@type"] === "BreadcrumbList");
  expect(breadcrumb?.itemListElement).toEqual([
    { "@type": "ListItem", position: 1, name: "Latest news", item: `${WEB_URL}/en` },
    { "@type": "ListItem", position: 2, name: expect.stringMatching(/Open Dialog leaders/), item: url },
  ]);

  const share = page.getByRole("navigation", { name: "Share this article" });
  await expect(share.getByRole("link", { name: "Email" })).toHaveAttribute("href", new RegExp(encodeURIComponent(url).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
  await expect(share.getByRole("link", { name: "Telegram" })).toHaveAttribute("href", /^https:\/\/t\.me\/share\/url\?url=/);
});

test("a person's page carries Person and breadcrumb data, and every kind of page names its canonical address", async ({ page }) => {
  await page.goto(`${WEB_URL}/ru/people/mukhtar-ablyazov`);
  const data = await jsonLd(page);
  expect(data).toContainEqual(expect.objectContaining({ "@type": "Person", name: "Мухтар Аблязов" }));
  expect(data.some((item) => item["@type"] === "BreadcrumbList")).toBe(true);

  for (const path of ["/en", "/ru/tags/kz", "/en/protections", "/fr/people/mukhtar-ablyazov", "/en/cases/ablyazov-extradition-france", "/de/search"]) {
    await page.goto(`${WEB_URL}${path}`);
    await expect(page.locator('link[rel="canonical"]'), path).toHaveAttribute("href", `${WEB_URL}${path}`);
  }
});
