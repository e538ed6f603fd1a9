import { expect, test } from "./fixtures";
import { createArticle, saveState, signIn, uniqueTitle } from "./support";

test("autosave keeps what was typed across a reload, without pressing Save", async ({ page }) => {
  await signIn(page, "editor");
  await createArticle(page, uniqueTitle("Kuanysh Nurgaziyev protected in Lithuania"));
  const body = page.getByRole("textbox", { name: "Body" });
  const answered = page.waitForResponse((response) => response.request().method() === "PUT" && new URL(response.url()).pathname.endsWith("/versions/en"));
  await body.click();
  await page.keyboard.type("Lithuania refused the extradition request.");
  // Revision 1 is the new article; autosave adds the next once typing pauses. On a busy machine a key may wait long
  // enough to look like a pause, so the sentence may take two revisions.
  await expect(saveState(page)).toContainText(/All changes saved \(revision [23]\)/, { timeout: 15_000 });
  // The answer tells the new revision and leaves the text out: the writer has it, and in a long article every
  // autosave would otherwise bring the whole text back.
  const answer = (await (await answered).json()) as Record<string, unknown>;
  expect(answer).toMatchObject({ revision: expect.any(Number), title: expect.stringContaining("Kuanysh Nurgaziyev") });
  expect(answer).not.toHaveProperty("body");
  const saved = (await saveState(page).textContent())?.match(/revision \d+/)?.[0] ?? "";

  await page.reload();
  await expect(page.getByRole("textbox", { name: "Body" })).toContainText("Lithuania refused the extradition request.");
  await expect(saveState(page)).toContainText(saved);
});

test("text typed just before a reload comes back from the browser and is then saved", async ({ page }) => {
  await signIn(page, "editor");
  await createArticle(page, uniqueTitle("Syrym Shalabayev"));
  await page.getByRole("textbox", { name: "Body" }).click();
  await page.keyboard.type("Typed and closed at once.");
  // Reload before the pause that lets autosave run; the browser keeps the unsent text.
  page.once("dialog", (dialog) => void dialog.accept());
  await page.reload();
  await expect(page.getByText("Restored the changes you had not saved yet in this browser.")).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Body" })).toContainText("Typed and closed at once.");
  await expect(saveState(page)).toContainText("All changes saved", { timeout: 15_000 });
});
