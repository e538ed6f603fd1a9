import { expect, type Page, test } from "./fixtures";
import { EDITOR_URL, findSeedArticle, saveState, SEED, signIn } from "./support";

async function openSeedArticle(page: Page, language: string) {
  await findSeedArticle(page);
  await page.getByRole("link", { name: SEED.publishedTitle }).click();
  await page.getByRole("link", { name: new RegExp(`^${language}`) }).click();
}

test("a translator edits and saves a translation but cannot publish it or change the source", async ({ page }) => {
  await signIn(page, "translator");
  await openSeedArticle(page, "Русский");
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue(SEED.russianTitle);
  await page.getByRole("textbox", { name: "Body" }).click();
  await page.keyboard.press("Control+End");
  await page.keyboard.type(" Дополнение переводчика.");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(saveState(page)).toContainText("All changes saved");
  await expect(page.getByRole("button", { name: /Publish|Unpublish/ })).toHaveCount(0);

  const articleId = new URL(page.url()).pathname.split("/")[2];
  const publish = await page.request.post(`${EDITOR_URL}/api/articles/${articleId}/versions/ru/workflow`, {
    data: { transition: "unpublish" },
  });
  expect(publish.status()).toBe(403);
  expect(await publish.json()).toEqual({ error: "Only editors and admins may publish or unpublish." });

  const editSource = await page.request.put(`${EDITOR_URL}/api/articles/${articleId}/versions/en`, {
    data: { title: "Changed", summary: "", body: { type: "doc", content: [] }, baseRevision: 1 },
  });
  expect(editSource.status()).toBe(403);
  expect((await editSource.json()).error).toContain("Translators may edit translations only");

  await page.getByRole("link", { name: /^English/ }).click();
  await expect(page.getByText("You can read this version but not change it.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Save", exact: true })).toHaveCount(0);
});
