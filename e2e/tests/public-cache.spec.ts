import pg from "pg";
import { expect, test } from "./fixtures";
import { createArticleByApi, EDITOR_URL, moveVersion, signIn, stackDatabaseUrl, uniqueTitle, uploadImageByApi, WEB_URL } from "./support";

test("a reader's page comes from the cache with what a CDN needs to keep it; a page that depends on the query says not to", async ({ request }) => {
  const address = `${WEB_URL}/en/articles/odf-delegation-european-parliament-strasbourg`;
  await request.get(address);
  const cached = await request.get(address);
  expect(cached.status()).toBe(200);
  // Kept by another test's earlier visit past its minute, the page is served from the cache as STALE while it is redrawn.
  expect(["HIT", "STALE"]).toContain(cached.headers()["x-nextjs-cache"]);
  expect(cached.headers()["cache-control"]).toBe("s-maxage=60, stale-while-revalidate=240");
  // No ETag: making one hashed the whole page on every request, a quarter of what a cached page costs the server.
  expect(cached.headers().etag).toBeUndefined();

  const filtered = await request.get(`${WEB_URL}/en/protections?type=refugee_status`);
  expect(filtered.status()).toBe(200);
  expect(filtered.headers()["cache-control"]).toContain("no-store");
});

/*
 * A reader's page that was being rendered while an editor unpublished the article: Next dates the page it keeps from
 * when the render ended, after the editor's revalidation, so without more it kept the published page as fresh for a
 * minute. The render is made to straddle the change by holding a lock on the table the page reads last (its images);
 * the editor's unpublishing does not read it. On the real PostgreSQL only: the embedded database has one connection,
 * which the lock would hold for everyone.
 */
test("a page rendered while its article was unpublished is not kept: readers get the change within seconds", async ({ page }) => {
  test.skip(!process.env.DATABASE_URL, "needs a PostgreSQL server (DATABASE_URL)");
  await signIn(page, "editor");
  const title = uniqueTitle("Interpol refuses a red notice for a Tajik opposition activist");
  const image = await uploadImageByApi(page, `${title}, the court`);
  const article = await createArticleByApi(page, title);
  const body = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "The commission found the request political." }] }, { type: "mediaImage", attrs: { assetId: image } }] };
  const saved = await page.request.put(`${EDITOR_URL}/api/articles/${article.id}/versions/en`, { data: { title, summary: "", body, baseRevision: 1 } });
  expect(saved.status(), await saved.text()).toBe(200);
  await moveVersion(page, article.id, "en", "publish");
  const address = `${WEB_URL}/en/articles/${article.slug}`;

  // One connection holds the lock; another watches, since a transaction sees the server's activity as it was at its start.
  const [locker, watcher] = [new pg.Client({ connectionString: stackDatabaseUrl() }), new pg.Client({ connectionString: stackDatabaseUrl() })];
  await Promise.all([locker.connect(), watcher.connect()]);
  try {
    await locker.query(`BEGIN; LOCK TABLE "MediaAsset" IN ACCESS EXCLUSIVE MODE`);
    const firstReader = page.request.get(address);
    // Its render has read the published article and waits for the image.
    const waiting = `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE '%"MediaAsset"%'`;
    await expect.poll(async () => (await watcher.query<{ n: number }>(waiting)).rows[0]?.n ?? 0).toBeGreaterThan(0);
    await moveVersion(page, article.id, "en", "unpublish");
    await locker.query("COMMIT");
    // That render ends after the change and shows the article as it was when it began.
    expect((await firstReader).status()).toBe(200);
  } finally {
    await Promise.all([locker.end(), watcher.end()]);
  }

  // The editor sends its revalidation again once such renders are over: the next readers get the article's absence.
  await expect.poll(async () => (await page.request.get(address)).status(), { timeout: 15_000, intervals: [250] }).toBe(404);
});
