import { expect, type Page, test } from "./fixtures";
import { EDITOR_URL, SEED, signIn, WEB_URL } from "./support";

const articleUrl = (locale: string) => `${WEB_URL}/${locale}/articles/${SEED.publishedSlug}`;
const switcher = (page: Page) => page.getByRole("navigation", { name: /^(Languages|Языки|Języki)$/ });

test("an article announces and links exactly the languages it is published in", async ({ page }) => {
  await page.goto(articleUrl("en"));
  const alternates = page.locator('head link[rel="alternate"][hreflang]');
  await expect(alternates).toHaveCount(3);
  expect(await alternates.evaluateAll((links) => links.map((link) => link.getAttribute("hreflang")).sort())).toEqual(["en", "ru", "x-default"]);
  await expect(page.locator('head link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute("href", /\/en\/articles\/open-dialog-meets-ablyazov-in-paris$/);

  await expect(switcher(page).getByRole("link")).toHaveText(["English", "Русский"]);
  await expect(switcher(page).getByRole("link", { name: "English" })).toHaveAttribute("aria-current", "page");
  await switcher(page).getByRole("link", { name: "Русский" }).click();
  await expect(page).toHaveURL(articleUrl("ru"));
  await expect(page.getByRole("heading", { level: 1, name: SEED.russianTitle })).toBeVisible();
});

test("a language the article is not published in shows the English original with a notice, not a 404", async ({ page }) => {
  const response = await page.goto(articleUrl("pl"));
  expect(response?.status()).toBe(200);
  await expect(page.locator("html")).toHaveAttribute("lang", "pl");
  await expect(page.getByRole("note")).toHaveText("Ten artykuł nie jest jeszcze dostępny po polsku. Język poniższego tekstu: angielski.");
  await expect(page.getByRole("heading", { level: 1, name: /Open Dialog leaders meet Mukhtar Ablyazov/ })).toHaveAttribute("lang", "en");
  await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute("href", /\/en\/articles\/open-dialog-meets-ablyazov-in-paris$/);
  await expect(page.locator('head meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  await expect(switcher(page).getByRole("link")).toHaveText(["English", "Русский"]);
});

test("readers of a translation are told when the original was updated since", async ({ page }) => {
  // Sign-in and API saves: more than a reader's page loads on a busy machine.
  test.slow();
  await signIn(page, "editor");
  // An article of its own, so that the seeded ones stay as other tests expect them.
  const slug = `outdated-notice-${Date.now().toString(36)}`;
  const doc = (text: string) => ({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] });
  const created = await page.request.post(`${EDITOR_URL}/api/articles`, { data: { title: "Asylum granted in Lithuania", slug } });
  const { id } = (await created.json()) as { id: string };
  const save = (locale: string, title: string, text: string, baseRevision: number) =>
    page.request.put(`${EDITOR_URL}/api/articles/${id}/versions/${locale}`, { data: { title, summary: "", body: doc(text), baseRevision } });
  const publish = (locale: string) => page.request.post(`${EDITOR_URL}/api/articles/${id}/versions/${locale}/workflow`, { data: { transition: "publish" } });
  expect((await save("ru", "Убежище в Литве", "Литва предоставила убежище.", 0)).status()).toBe(200);
  expect((await publish("en")).status()).toBe(200);
  expect((await publish("ru")).status()).toBe(200);

  await page.goto(`${WEB_URL}/ru/articles/${slug}`);
  await expect(page.getByRole("heading", { level: 1, name: "Убежище в Литве" })).toBeVisible();
  await expect(page.getByRole("note")).toHaveCount(0);

  expect((await save("en", "Asylum granted in Lithuania", "Update: the court's reasoning is now published.", 1)).status()).toBe(200);
  // The save waits for "Publish changes" (the same move as publishing, from "published").
  expect((await publish("en")).status()).toBe(200);
  await page.goto(`${WEB_URL}/ru/articles/${slug}`);
  const notice = page.getByRole("note");
  await expect(notice).toContainText("Оригинал обновлён");
  await expect(notice).toContainText("в этом переводе может не быть последних изменений");
  await notice.getByRole("link", { name: "Читать оригинал" }).click();
  await expect(page).toHaveURL(`${WEB_URL}/en/articles/${slug}`);
  await expect(page.getByText("Update: the court's reasoning is now published.")).toBeVisible();
});

test("a person's name is shown in the reader's script, and their page in every language", async ({ page }) => {
  await page.goto(`${WEB_URL}/ru/people/mukhtar-ablyazov`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Мухтар Аблязов");
  await expect(switcher(page).getByRole("link")).toHaveCount(6);
  await switcher(page).getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(`${WEB_URL}/en/people/mukhtar-ablyazov`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mukhtar Ablyazov");
  await expect(page.locator('head link[rel="alternate"][hreflang]')).toHaveCount(7);
});
