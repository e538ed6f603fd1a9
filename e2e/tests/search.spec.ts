import { expect, test } from "./fixtures";
import { EDITOR_URL, EMBEDDED_DATABASE_TOO, SEED, signIn, WEB_URL } from "./support";

test("a reader searches from the header under another spelling and finds the person and the news about him", EMBEDDED_DATABASE_TOO, async ({ page }) => {
  await page.goto(`${WEB_URL}/en`);
  const box = page.getByRole("search", { name: "Search" }).getByRole("searchbox", { name: "Search articles, people and cases" });
  await box.fill("Abliazov");
  await box.press("Enter");

  await expect(page).toHaveURL(`${WEB_URL}/en/search?q=Abliazov`);
  await expect(page.getByRole("heading", { level: 1, name: "Search" })).toBeVisible();
  const people = page.getByRole("region", { name: "People" });
  await expect(people.getByRole("link", { name: "Mukhtar Ablyazov", exact: true })).toHaveAttribute("href", "/en/people/mukhtar-ablyazov");
  const articles = page.getByRole("region", { name: "Articles" });
  await expect(articles.getByRole("link", { name: /Open Dialog leaders meet Mukhtar Ablyazov in Paris/ })).toHaveAttribute(
    "href",
    `/en/articles/${SEED.publishedSlug}`,
  );
});

test("a Russian reader finds by a Russian word form, with the matched word marked in the snippet", EMBEDDED_DATABASE_TOO, async ({ page }) => {
  await page.goto(`${WEB_URL}/ru/search?q=${encodeURIComponent("Аблязову")}`);
  await expect(page.getByRole("region", { name: "Люди" }).getByRole("link", { name: "Мухтар Аблязов", exact: true })).toBeVisible();
  const articles = page.getByRole("region", { name: "Статьи" });
  await expect(articles.getByRole("link", { name: SEED.russianTitle })).toBeVisible();
  await expect(articles.locator("mark").first()).toBeVisible();
});

test("filters narrow the results and stay in the address, so a search can be shared", async ({ page }) => {
  await page.goto(`${WEB_URL}/en/search?q=extradition`);
  const form = page.getByRole("search", { name: "Search articles, people and cases" });
  await form.getByLabel("What").selectOption({ label: "Articles" });
  await form.getByLabel("Year").selectOption("2017");
  await form.getByRole("button", { name: "Search" }).click();

  const shared = new URL(page.url());
  expect([shared.pathname, shared.searchParams.get("q"), shared.searchParams.get("type"), shared.searchParams.get("year")]).toEqual([
    "/en/search",
    "extradition",
    "articles",
    "2017",
  ]);
  await expect(page.getByRole("region", { name: "People" })).toHaveCount(0);
  await expect(page.getByRole("region", { name: "Articles" }).getByRole("link", { name: /France turns down extradition/ })).toBeVisible();
  await expect(page.getByRole("region", { name: "Articles" }).getByRole("link", { name: /birthday wishes/ })).toHaveCount(0);
  // The address alone brings the same search back, filters chosen.
  await page.goto(shared.href);
  await expect(page.getByRole("search", { name: "Search articles, people and cases" }).getByLabel("Year")).toHaveValue("2017");
});

test("any input gets results or a clear 'nothing found', never an error page", async ({ request }) => {
  const inputs = ["", "a".repeat(10_000), "' OR 1=1 --", "a & b | !c", "abl:*", "\"unbalanced", "'", "%", "\u200F\u200E", "<script>alert(1)</script>", "(((("];
  for (const q of inputs) {
    const response = await request.get(`${WEB_URL}/en/search?q=${encodeURIComponent(q)}`);
    expect(response.status(), JSON.stringify(q.slice(0, 20))).toBe(200);
    expect(await response.text()).not.toContain("<script>alert(1)</script>");
  }
  // A lone surrogate cannot be percent-encoded as UTF-8 by a browser; sent as its raw bytes it must not fail either.
  for (const raw of ["%ED%A0%80", "%C0", "%FF%FE", "%"]) {
    const response = await request.get(`${WEB_URL}/en/search?q=${raw}`);
    expect(response.status(), raw).toBeLessThan(500);
  }
  const nothing = await request.get(`${WEB_URL}/en/search?q=zzqqxxnothingmatches`);
  expect(await nothing.text()).toContain("Nothing found for “zzqqxxnothingmatches”");
  const unknownFilters = await request.get(`${WEB_URL}/en/search?q=asylum&type=secret&country=ZZ&topic=..%2F..&year=99999&page=-1`);
  expect(unknownFilters.status()).toBe(200);
});

test("a search readers repeat is served from the cache, and a publication shows in it", async ({ page, request }) => {
  // Random letters, with nothing in common between runs: the search also finds near spellings (pg_trgm).
  const word = Array.from({ length: 16 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join("");
  const search = `${WEB_URL}/en/search?q=${word}`;
  const first = await request.get(search);
  expect(await first.text()).toContain(`Nothing found for “${word}”`);
  const again = await request.get(search);
  expect(again.headers()["x-nextjs-cache"], "the second reader gets the cached page").toBe("HIT");

  const title = `Court hearing in ${word}`;
  await signIn(page, "editor");
  const created = await page.request.post(`${EDITOR_URL}/api/articles`, { data: { title, summary: title } });
  expect(created.status()).toBe(200);
  const { id } = (await created.json()) as { id: string };
  const published = await page.request.post(`${EDITOR_URL}/api/articles/${id}/versions/en/workflow`, { data: { transition: "publish" } });
  expect(published.status()).toBe(200);

  // As a reader who reloads: on a busy machine the cached page was once served again just after the publication
  // (CI, PostgreSQL and Redis; not reproduced in 8 runs on a quiet one); the editor announces the change again
  // 1 s and 10 s later for such a page.
  await expect(async () => {
    await page.goto(search);
    await expect(page.getByRole("region", { name: "Articles" }).getByRole("link", { name: title })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
});
