import { expect, test } from "./fixtures";
import { createArticle, EDITOR_URL, signIn, uniqueTitle } from "./support";

test("an editor requests translations with a due date; the translator finds them in their assignments", async ({ browser }) => {
  const editorPage = await (await browser.newContext()).newPage();
  await signIn(editorPage, "editor");
  const title = uniqueTitle("Refugee status for a Kazakh journalist");
  await createArticle(editorPage, title);

  const form = editorPage.getByRole("form", { name: "Request translations" });
  await form.getByRole("button", { name: "Request translations" }).click();
  await expect(form.getByRole("alert")).toHaveText("Choose at least one language");
  await form.getByLabel("Polski").check();
  await form.getByLabel("Deutsch").check();
  await form.getByLabel("Due date (UTC)").fill("2030-01-15");
  await form.getByLabel("Translator").selectOption({ label: "Taras Translator" });
  await form.getByRole("button", { name: "Request translations" }).click();
  await expect(form.getByRole("status")).toHaveText("Requested: Polski, Deutsch.");

  await editorPage.getByRole("link", { name: "Translations" }).click();
  const row = editorPage.getByRole("row").filter({ has: editorPage.getByRole("rowheader", { name: title }) });
  await expect(row.getByRole("link", { name: `${title}, Polski` })).toContainText("Requested due 15 Jan 2030");
  // The English was never published: no translation of it is missing yet.
  await expect(row.getByRole("link", { name: `${title}, Русский` })).toContainText("Source not published yet");

  const translatorPage = await (await browser.newContext()).newPage();
  await signIn(translatorPage, "translator");
  await translatorPage.goto(`${EDITOR_URL}/translations`);
  const mine = translatorPage.getByRole("region", { name: "My assignments" });
  await expect(mine.getByRole("row").filter({ hasText: title })).toHaveCount(2);
  await expect(translatorPage.getByRole("region", { name: "Every article in every language" })).toHaveCount(0);
  await mine.getByRole("row").filter({ hasText: "Polski" }).filter({ hasText: title }).getByRole("link", { name: title }).click();
  await expect(translatorPage.getByRole("navigation", { name: "Language versions" }).getByRole("link", { name: /^Polski/ })).toHaveAttribute(
    "aria-current",
    "page",
  );
  // Translators plan nothing: the request form is not theirs, and the server refuses it too.
  await expect(translatorPage.getByRole("form", { name: "Request translations" })).toHaveCount(0);
  const articleId = new URL(translatorPage.url()).pathname.split("/")[2];
  const refused = await translatorPage.request.put(`${EDITOR_URL}/api/articles/${articleId}/translations`, {
    data: { locales: ["fr"], dueDate: "", assigneeId: "" },
  });
  expect(refused.status()).toBe(403);
});
