import { expect, test } from "./fixtures";
import { createArticle, EDITOR_URL, signIn, uniqueTitle } from "./support";

test("an editor finds an article by a word of its title and narrows the list by status and language", async ({ page }) => {
  await signIn(page, "editor");
  const title = uniqueTitle("Conseil d'État refuses extradition");
  await createArticle(page, title, "A court in Paris decided.");
  const word = title.split(" ").at(-1) ?? title;

  await page.goto(EDITOR_URL);
  const search = page.getByRole("search", { name: "Search and filter articles" });
  await search.getByLabel("Search").fill(word.toUpperCase());
  await search.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(new RegExp(`[?&]q=${word.toUpperCase()}`));
  const rows = page.getByRole("table").getByRole("row");
  await expect(rows.filter({ hasText: title })).toHaveCount(1);
  await expect(rows).toHaveCount(2);

  // The new article is a draft in English only.
  await search.getByLabel("Status").selectOption({ label: "Published" });
  await search.getByRole("button", { name: "Search" }).click();
  await expect(page.getByText("No article matches this search.")).toBeVisible();
  await search.getByLabel("Status").selectOption({ label: "Draft" });
  await search.getByLabel("Language").selectOption({ label: "English" });
  await search.getByRole("button", { name: "Search" }).click();
  await expect(rows.filter({ hasText: title })).toHaveCount(1);

  await page.getByRole("link", { name: "Show all articles" }).click();
  await expect(page).toHaveURL(`${EDITOR_URL}/`);
  await expect(search.getByLabel("Search")).toHaveValue("");
  // Anything typed into the address gives the list, never an error page.
  expect((await page.goto(`${EDITOR_URL}/?q=%27%3B--&status=lost&after=yesterday&locale=xx`))?.status()).toBe(200);
  await expect(page.getByRole("heading", { name: "Articles" })).toBeVisible();
});
