import { expect, type Page, test } from "@playwright/test";
import { seedArticles } from "../../prisma/seed-content";
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
  // Sign-in and an API save: more than a reader's page loads on a busy machine.
  test.slow();
  await page.goto(articleUrl("ru"));
  await expect(page.getByRole("heading", { level: 1, name: SEED.russianTitle })).toBeVisible();
  await expect(page.getByRole("note")).toHaveCount(0);

  await signIn(page, "editor");
  // The article list links each article as /articles/{id}/{locale}; the API needs only the id.
  const href = await page.getByRole("link", { name: /Open Dialog leaders meet Mukhtar Ablyazov/ }).getAttribute("href");
  const articleId = href?.split("/")[2];
  expect(articleId).toBeTruthy();
  const english = seedArticles.find((article) => article.slug === SEED.publishedSlug)?.versions.en;
  if (!english) throw new Error("The seed article has no English version");
  const addition = { type: "paragraph", content: [{ type: "text", text: "Update: the foundation has since published the court's reasoning." }] };
  const save = await page.request.put(`${EDITOR_URL}/api/articles/${articleId}/versions/en`, {
    data: { title: english.title, summary: english.summary, body: { ...english.body, content: [...english.body.content, addition] }, baseRevision: 1 },
  });
  expect(save.status()).toBe(200);

  await page.goto(articleUrl("ru"));
  const notice = page.getByRole("note");
  await expect(notice).toContainText("Оригинал обновлён");
  await expect(notice).toContainText("в этом переводе может не быть последних изменений");
  await notice.getByRole("link", { name: "Читать оригинал" }).click();
  await expect(page).toHaveURL(articleUrl("en"));
  await expect(page.getByText("Update: the foundation has since published the court's reasoning.")).toBeVisible();
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
