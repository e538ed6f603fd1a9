import { LOCALE_NAMES } from "@rightsdesk/domain";
import { expect, type Page, test } from "./fixtures";
import { createArticleByApi, EDITOR_URL, moveVersion, saveState, signIn, uniqueTitle, WEB_URL } from "./support";

const tab = (page: Page, language: string) => page.getByRole("navigation", { name: "Language versions" }).getByRole("link", { name: new RegExp(`^${language}`) });

test("a translation's state reads the same on the article's tabs, the desk and the translator's assignments", async ({ page, browser }) => {
  await signIn(page, "editor");
  const title = uniqueTitle("Asylum hearing for a Belarusian activist");
  const { id } = await createArticleByApi(page, title);
  await page.goto(`${EDITOR_URL}/articles/${id}/en`);
  const form = page.getByRole("form", { name: "Request translations" });
  await form.getByLabel("Русский").check();
  await form.getByLabel("Translator").selectOption({ label: "Taras Translator" });
  await form.getByRole("button", { name: "Request translations" }).click();
  await expect(form.getByRole("status")).toHaveText("Requested: Русский.");

  // The English was never published: German is not missing yet, Russian is asked for.
  await page.reload();
  await expect(tab(page, "Русский")).toHaveText("Русский · Requested");
  await expect(tab(page, "Deutsch")).toHaveText("Deutsch · Source not published yet");
  await page.getByRole("link", { name: "Translations" }).click();
  const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: title }) });
  const cell = (locale: "en" | "ru" | "de") => row.getByRole("link", { name: `${title}, ${LOCALE_NAMES[locale]}` });
  await expect(cell("ru")).toContainText("Requested");
  await expect(cell("de")).toContainText("Source not published yet");

  const translator = await (await browser.newContext()).newPage();
  await signIn(translator, "translator");
  await translator.getByRole("link", { name: "Translations" }).click();
  const assignment = translator.getByRole("region", { name: "My assignments" }).getByRole("row").filter({ hasText: title });
  await expect(assignment).toContainText("Requested");
  await assignment.getByRole("link", { name: title }).click();
  await expect(tab(translator, "Русский")).toHaveText("Русский · Requested");

  // Published, the English now lacks its German.
  await moveVersion(page, id, "en", "publish");
  await page.reload();
  await expect(cell("en")).toContainText("Published");
  await expect(cell("de")).toContainText("Missing");

  // Archived, the English is "Archived" everywhere and no translation of it is wanted any more.
  await moveVersion(page, id, "en", "archive");
  await page.reload();
  await expect(cell("en")).toContainText("Archived");
  await expect(cell("de")).toContainText("Source archived");
  await translator.reload();
  await expect(tab(translator, "English")).toHaveText("English · Archived");
  await expect(tab(translator, "Русский")).toHaveText("Русский · Source archived");
  await translator.getByRole("link", { name: "Translations" }).click();
  await expect(assignment).toContainText("Source archived");
});

test("the first save of a new translation updates the page without a reload, and its address box shows the language's public address", async ({
  page,
  browser,
}) => {
  const editor = await (await browser.newContext()).newPage();
  await signIn(editor, "editor");
  const title = uniqueTitle("Extradition to Uzbekistan refused");
  const { id, slug } = await createArticleByApi(editor, title);
  await moveVersion(editor, id, "en", "publish");

  await signIn(page, "translator");
  await page.goto(`${EDITOR_URL}/articles/${id}/pl`);
  const noVersionYet = page.getByText("There is no Polski version yet.", { exact: false });
  await expect(noVersionYet).toBeVisible();
  await expect(tab(page, "Polski")).toHaveText("Polski · Missing");
  const address = page.getByRole("form", { name: "Address" });
  await expect(address.getByRole("link", { name: `${WEB_URL}/pl/articles/${slug}` })).toBeVisible();
  await expect(address).toContainText("Public address in Polski");

  // A marker on the window tells a reload (which would drop it) from an update in place.
  await page.evaluate(() => Object.assign(window, { stillTheSamePage: true }));
  const polishTitle = `Odmowa ekstradycji do Uzbekistanu ${Date.now().toString(36)}`;
  await page.getByLabel("Title", { exact: true }).fill(polishTitle);
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(saveState(page)).toContainText("All changes saved (revision 1)");
  await expect(noVersionYet).toHaveCount(0);
  await expect(tab(page, "Polski")).toHaveText("Polski · In progress");
  await expect(page.getByRole("link", { name: "History", exact: true })).toBeVisible();
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue(polishTitle);
  expect(await page.evaluate(() => "stillTheSamePage" in window)).toBe(true);

  // The English tab's address box is the English one.
  await tab(page, "English").click();
  await expect(page.getByRole("form", { name: "Address" }).getByRole("link", { name: `${WEB_URL}/en/articles/${slug}` })).toBeVisible();
});
