import { expect, test } from "./fixtures";
import { EMBEDDED_DATABASE_TOO, SEED, WEB_URL } from "./support";

test("readers see published demo articles per language, and drafts never", EMBEDDED_DATABASE_TOO, async ({ page }) => {
  await page.goto(`${WEB_URL}/`);
  await expect(page).toHaveURL(`${WEB_URL}/en`);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("link", { name: /Explainer/ })).toHaveCount(0);
  // The demo's stories went out in 2017 and earlier and the home page shows the newest, which other tests publish:
  // readers find the demo's in the archive of their year.
  await page.goto(`${WEB_URL}/en/archive?year=2017`);
  await expect(page.getByRole("link", { name: SEED.publishedTitle })).toBeVisible();
  await expect(page.getByRole("link", { name: /Explainer/ })).toHaveCount(0);
  expect((await page.goto(`${WEB_URL}/en/articles/${SEED.draftSlug}`))?.status()).toBe(404);

  await page.goto(`${WEB_URL}/ru/archive?year=2017`);
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  await page.getByRole("link", { name: SEED.russianTitle }).click();
  await expect(page.getByRole("heading", { level: 1, name: SEED.russianTitle })).toBeVisible();
  await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /.+/);

  expect((await page.goto(`${WEB_URL}/xx`))?.status()).toBe(404);
});

test("the demo's video plays in the reader's browser, with its transcript beside it", async ({ page }) => {
  await page.goto(`${WEB_URL}/en/articles/kyiv-birthday-greetings-for-ablyazov`);
  const video = page.locator("video").first();
  await expect(video).toBeVisible();
  // The browser decodes its first frame: the picture has a size and data for the current position.
  await expect.poll(() => video.evaluate((element: HTMLVideoElement) => (element.readyState >= 2 ? element.videoWidth : 0))).toBeGreaterThan(0);
  await expect(page.getByText("Transcript", { exact: true })).toBeVisible();
});
