import { expect, test } from "./fixtures";
import { createArticle, EMBEDDED_DATABASE_TOO, saveState, signIn, uniqueTitle } from "./support";

test("an editor compares two revisions and restores an older one as a new revision", EMBEDDED_DATABASE_TOO, async ({ page }) => {
  await signIn(page, "editor");
  await createArticle(page, uniqueTitle("Aliya Turusbekova asylum"));
  const body = page.getByRole("textbox", { name: "Body" });
  // Each text goes in as one edit and is saved by autosave, so every save is exactly one revision.
  await body.click();
  await page.keyboard.insertText("The court refused extradition.");
  await expect(saveState(page)).toContainText("All changes saved (revision 2)", { timeout: 15_000 });
  await body.press("End");
  await page.keyboard.insertText(" Upheld on appeal.");
  await expect(saveState(page)).toContainText("All changes saved (revision 3)", { timeout: 15_000 });

  await page.getByRole("link", { name: "History" }).click();
  const rows = page.getByRole("table").getByRole("row");
  await expect(rows).toHaveCount(4); // the header and three revisions
  await page.getByLabel("Compare revision").selectOption("2");
  await page.getByLabel("with revision").selectOption("3");
  await page.getByRole("button", { name: "Compare" }).click();
  const bodyDiff = page.getByRole("region", { name: "Body" });
  await expect(bodyDiff.getByRole("insertion")).toHaveText(/^\s*Upheld on appeal\.$/);
  await expect(bodyDiff.getByRole("deletion")).toHaveCount(0);

  const second = rows.filter({ has: page.getByRole("rowheader", { name: "2", exact: true }) });
  await second.getByRole("button", { name: "Restore this revision" }).click();
  await expect(page.getByRole("textbox", { name: "Body" })).toHaveText("The court refused extradition.");
  await expect(saveState(page)).toContainText("All changes saved (revision 4)");
});
