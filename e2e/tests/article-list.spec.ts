import { LIST_PAGE_SIZE } from "@rightsdesk/domain";
import { expect, test } from "./fixtures";
import { createArticle, createArticleByApi, EDITOR_URL, expectPagedList, numberedNames, signIn, uniqueCyrillicWord, uniqueTitle } from "./support";

/** The demo editor's name, as the list shows it. */
const editorName = "Eva Editor";

test("an editor finds an article by a word of its title, sees who wrote it, and narrows the list by status, language and author", async ({ page }) => {
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
  // Each row names its author, and the list narrows to one author's articles.
  await expect(page.getByRole("columnheader", { name: "Author" })).toBeVisible();
  await expect(rows.filter({ hasText: title }).getByRole("cell", { name: editorName, exact: true })).toBeVisible();
  await search.getByLabel("Search").fill("");
  await search.getByLabel("Author").selectOption({ label: editorName });
  await search.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/[?&]author=/);
  await expect(rows.filter({ hasText: title })).toHaveCount(1);
  // Only the header row is without the author's name.
  await expect(rows.filter({ hasNotText: editorName })).toHaveCount(1);

  await page.getByRole("link", { name: "Show all articles" }).click();
  await expect(page).toHaveURL(`${EDITOR_URL}/`);
  await expect(search.getByLabel("Search")).toHaveValue("");
  // The form shows the list as it now is: a filter left showing would come back with the next search.
  await expect(search.getByLabel("Author")).toHaveValue("");
  await expect(search.getByLabel("Status")).toHaveValue("");
  // Anything typed into the address gives the list, never an error page.
  expect((await page.goto(`${EDITOR_URL}/?q=%27%3B--&status=lost&after=yesterday&locale=xx`))?.status()).toBe(200);
  await expect(page.getByRole("heading", { name: "Articles" })).toBeVisible();
});

test("an editor finds people under any script and cases by the words of their title", async ({ page }) => {
  await signIn(page, "editor");
  await page.goto(`${EDITOR_URL}/people`);
  const people = page.getByRole("search", { name: "Search people" });
  await people.getByLabel("Name (any spelling or script)").fill("Аблязов");
  await people.getByRole("button", { name: "Search" }).click();
  const rows = page.getByRole("table").getByRole("row");
  // The list shows the Cyrillic spelling beside the Latin name.
  await expect(rows.filter({ hasText: "Mukhtar Ablyazov" })).toContainText("Мухтар Аблязов");
  await expect(rows.filter({ hasText: "Muratbek Ketebayev" })).toHaveCount(0);
  await people.getByLabel("Nationality").selectOption({ label: "Kazakhstan" });
  await people.getByRole("button", { name: "Search" }).click();
  await expect(rows.filter({ hasText: "Mukhtar Ablyazov" })).toContainText("Kazakhstan");

  await page.goto(`${EDITOR_URL}/cases?q=extradition+france`);
  await expect(page.getByRole("link", { name: "Extradition of Mukhtar Ablyazov from France" })).toBeVisible();
  await page.getByRole("search", { name: "Search cases" }).getByLabel("Title (any language)").fill("no such case anywhere");
  await page.getByRole("search", { name: "Search cases" }).getByRole("button", { name: "Search" }).click();
  await expect(page.getByText("No case matches this search.")).toBeVisible();
  await page.getByRole("link", { name: "Show all cases" }).click();
  await expect(page).toHaveURL(`${EDITOR_URL}/cases`);
});

test("an editor finds an article titled in Cyrillic by a Cyrillic word of it, in any case, and not by a Latin word", async ({ page }) => {
  await signIn(page, "editor");
  const word = uniqueCyrillicWord();
  const title = `Суд в Париже отказал в экстрадиции ${word}`;
  await createArticleByApi(page, title);

  await page.goto(EDITOR_URL);
  const search = page.getByRole("search", { name: "Search and filter articles" });
  const rows = page.getByRole("table").getByRole("row");
  // Typed in capitals: the search folds Cyrillic case as it does Latin.
  await search.getByLabel("Search").fill(word.toLocaleUpperCase("ru"));
  await search.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL((url) => url.searchParams.get("q") === word.toLocaleUpperCase("ru"));
  await expect(rows.filter({ hasText: title })).toHaveCount(1);
  await expect(rows).toHaveCount(2);
  await search.getByLabel("Search").fill(`экстрадиции ${word}`);
  await search.getByRole("button", { name: "Search" }).click();
  await expect(page.getByRole("link", { name: title, exact: true })).toBeVisible();
  await expect(rows).toHaveCount(2);

  // The title's words in English are not its words.
  await search.getByLabel("Search").fill(`extradition ${word}`);
  await search.getByRole("button", { name: "Search" }).click();
  await expect(page.getByText("No article matches this search.")).toBeVisible();
  await search.getByLabel("Search").fill("extradition");
  await search.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/[?&]q=extradition(&|$)/);
  await expect(page.getByRole("link", { name: title, exact: true })).toHaveCount(0);
});

test("an editor pages through the articles found by a word, and the address keeps the search and the filters", async ({ page }) => {
  await signIn(page, "editor");
  const prefix = uniqueTitle("Paged hearing");
  const titles = numberedNames(prefix, LIST_PAGE_SIZE + 1);
  // One after another: each takes the next free slug of the same title.
  for (const title of titles) await createArticleByApi(page, title);

  await page.goto(EDITOR_URL);
  const search = page.getByRole("search", { name: "Search and filter articles" });
  await search.getByLabel("Search").fill(prefix);
  await search.getByLabel("Status").selectOption({ label: "Draft" });
  await search.getByRole("button", { name: "Search" }).click();
  await expectPagedList(page, { pager: "More articles", prefix, names: titles, kept: { q: prefix, status: "draft" } });
  await expect(search.getByLabel("Search")).toHaveValue(prefix);
  await expect(search.getByLabel("Status")).toHaveValue("draft");
});

test("an editor sorts the articles found by a word by title, A–Z, and the order holds from page to page", async ({ page }) => {
  await signIn(page, "editor");
  const prefix = uniqueTitle("Sorted appeal");
  const titles = numberedNames(prefix, LIST_PAGE_SIZE + 1);
  // Created A–Z, so the newest change comes first in the list's usual order: the last title.
  for (const title of titles) await createArticleByApi(page, title);

  await page.goto(`${EDITOR_URL}/?q=${encodeURIComponent(prefix)}`);
  const search = page.getByRole("search", { name: "Search and filter articles" });
  const links = page.getByRole("table").getByRole("link", { name: prefix });
  await expect(links.first()).toHaveText(titles.at(-1)!);
  await expect(search.getByLabel("Sort by")).toHaveValue("changed");
  await search.getByLabel("Sort by").selectOption({ label: "Title, A–Z" });
  await search.getByRole("button", { name: "Search" }).click();
  await expect(links).toHaveText(titles.slice(0, LIST_PAGE_SIZE));
  await expectPagedList(page, { pager: "More articles", prefix, names: titles, kept: { q: prefix, sort: "title" } });
  await expect(search.getByLabel("Sort by")).toHaveValue("title");
});
