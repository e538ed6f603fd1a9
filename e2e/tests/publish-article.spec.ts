import { slugify } from "@rightsdesk/domain";
import { expect, test } from "./fixtures";
import { createArticle, EMBEDDED_DATABASE_TOO, saveState, signIn, uniqueTitle, WEB_URL } from "./support";

test("an editor writes, tags and publishes an article that readers then find in its language", EMBEDDED_DATABASE_TOO, async ({ page, browser }) => {
  await signIn(page, "editor");
  const title = uniqueTitle("Austria refuses to extradite Artur Trofimov");
  const slug = slugify(title);
  const editorUrl = await createArticle(page, title, "Vienna turned down a request from Russia.");

  await page.getByRole("textbox", { name: "Body" }).click();
  await page.getByRole("button", { name: "Heading 2" }).click();
  await page.keyboard.type("Diplomatic protection");
  await page.keyboard.press("Enter");
  await page.keyboard.type("Austria declined the request and ");
  await page.keyboard.press("Control+b");
  await page.keyboard.type("granted protection");
  await page.keyboard.press("Control+b");
  await page.keyboard.type(".");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(saveState(page)).toContainText("All changes saved");

  await page.getByRole("checkbox", { name: "Austria", exact: true }).check();
  await expect(page.getByText("Tags saved")).toBeVisible();
  await page.getByRole("checkbox", { name: "Extradition", exact: true }).check();
  await expect(page.getByRole("checkbox", { name: "Extradition", exact: true })).toBeChecked();

  const reader = await browser.newPage();
  const draft = await reader.goto(`${WEB_URL}/en/articles/${slug}`);
  expect(draft?.status(), "a draft is not visible to readers").toBe(404);

  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByText("Published: readers can see this version now.")).toBeVisible();

  const published = await reader.goto(`${WEB_URL}/en/articles/${slug}`);
  expect(published?.status()).toBe(200);
  await expect(reader.locator("html")).toHaveAttribute("lang", "en");
  await expect(reader).toHaveTitle(new RegExp(title));
  await expect(reader.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(reader.getByRole("heading", { level: 2, name: "Diplomatic protection" })).toBeVisible();
  await expect(reader.locator("article strong", { hasText: "granted protection" })).toBeVisible();

  await reader.getByRole("link", { name: "Austria", exact: true }).first().click();
  await expect(reader).toHaveURL(`${WEB_URL}/en/tags/at`);
  // A listing's render begun before the publication (a link prefetched by the reader's earlier page) can be kept for a
  // moment after it: the editor announces the change again 1 s and 10 s later, so a reader who reloads finds it.
  for (const listing of [`${WEB_URL}/en/tags/at`, `${WEB_URL}/en`]) {
    await expect(async () => {
      await reader.goto(listing);
      await expect(reader.getByRole("link", { name: title })).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 15_000 });
  }

  // The Russian version: written, published, and read at /ru in Russian.
  await page.goto(editorUrl.replace(/\/en$/, "/ru"));
  const russianTitle = `Австрия отказала в экстрадиции ${Date.now().toString(36)}`;
  await page.getByLabel("Title").fill(russianTitle);
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(saveState(page)).toContainText("All changes saved");
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByText("Published: readers can see this version now.")).toBeVisible();

  await reader.goto(`${WEB_URL}/ru/articles/${slug}`);
  await expect(reader.locator("html")).toHaveAttribute("lang", "ru");
  await expect(reader.getByRole("heading", { level: 1, name: russianTitle })).toBeVisible();
});

test("unpublishing takes an article off the public site at once", async ({ page, browser }) => {
  await signIn(page, "editor");
  const title = uniqueTitle("Refugee status for Igor Vinyavski");
  await createArticle(page, title);
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByRole("button", { name: "Unpublish" })).toBeVisible();

  const reader = await browser.newPage();
  expect((await reader.goto(`${WEB_URL}/en/articles/${slugify(title)}`))?.status()).toBe(200);
  await page.getByRole("button", { name: "Unpublish" }).click();
  await expect(page.getByText("Unpublished: readers no longer see this version.")).toBeVisible();
  expect((await reader.goto(`${WEB_URL}/en/articles/${slugify(title)}`))?.status()).toBe(404);
});

test("an editor's save of a published article reaches readers only when the changes are published", async ({ page, browser }) => {
  await signIn(page, "editor");
  const title = uniqueTitle("Lithuania grants asylum to a Belarusian journalist");
  await createArticle(page, title);
  const body = page.getByRole("textbox", { name: "Body" });
  await body.click();
  await page.keyboard.insertText("The court granted asylum.");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(saveState(page)).toContainText("All changes saved (revision 2)");
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByText("Published: readers can see this version now.")).toBeVisible();
  const reader = await browser.newPage();
  await reader.goto(`${WEB_URL}/en/articles/${slugify(title)}`);
  await expect(reader.getByText("The court granted asylum.")).toBeVisible();

  // The editor goes on writing: the save is kept, but readers still read the published text.
  await body.click();
  await page.keyboard.press("Control+End");
  await page.keyboard.insertText(" The ministry will appeal.");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(saveState(page)).toContainText("All changes saved (revision 3)");
  const bar = page.getByRole("group", { name: "Workflow" });
  await expect(bar.getByText("The live text differs from the draft.")).toBeVisible();
  await reader.reload();
  await expect(reader.getByText("The court granted asylum.")).toBeVisible();
  await expect(reader.getByText("The ministry will appeal.")).toHaveCount(0);

  // The bar compares what readers see with the draft, in the History's comparison.
  await bar.getByRole("link", { name: "Compare the live text with the draft" }).click();
  await expect(page.getByText("Revision 2 compared with revision 3")).toBeVisible();
  await expect(page.getByRole("region", { name: "Body" }).getByRole("insertion")).toHaveText(/^\s*The ministry will appeal\.$/);
  await page.getByRole("link", { name: "Back to the editor" }).click();

  await page.getByRole("button", { name: "Publish changes" }).click();
  await expect(page.getByText("Published: readers can see this version now.")).toBeVisible();
  await expect(bar.getByText("The live text differs from the draft.")).toHaveCount(0);
  await expect(async () => {
    await reader.reload();
    await expect(reader.getByText("The court granted asylum. The ministry will appeal.")).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 10_000 });
});
