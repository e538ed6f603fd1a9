import { expect, test } from "./fixtures";
import { createArticle, saveState, signIn, uniqueTitle } from "./support";

test("autosave keeps what was typed across a reload, without pressing Save", async ({ page }) => {
  await signIn(page, "editor");
  await createArticle(page, uniqueTitle("Kuanysh Nurgaziyev protected in Lithuania"));
  const body = page.getByRole("textbox", { name: "Body" });
  await body.click();
  await page.keyboard.type("Lithuania refused the extradition request.");
  // Revision 1 is the new article; the second is the autosave (how briefly "Unsaved changes" shows first depends on timing).
  await expect(saveState(page)).toContainText("All changes saved (revision 2)", { timeout: 15_000 });

  await page.reload();
  await expect(page.getByRole("textbox", { name: "Body" })).toContainText("Lithuania refused the extradition request.");
  await expect(saveState(page)).toContainText("revision 2");
});

test("text typed just before a reload comes back from the browser and is then saved", async ({ page }) => {
  await signIn(page, "editor");
  await createArticle(page, uniqueTitle("Syrym Shalabayev"));
  await page.getByRole("textbox", { name: "Body" }).click();
  await page.keyboard.type("Typed and closed at once.");
  // Reload before the autosave interval has passed; the browser keeps the unsent text.
  page.once("dialog", (dialog) => void dialog.accept());
  await page.reload();
  await expect(page.getByText("Restored the changes you had not saved yet in this browser.")).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Body" })).toContainText("Typed and closed at once.");
  await expect(saveState(page)).toContainText("All changes saved", { timeout: 15_000 });
});
