import { LIST_PAGE_SIZE, type RichTextDoc } from "@rightsdesk/domain";
import { expect, test } from "./fixtures";
import { createArticle, createArticleByApi, EDITOR_URL, EMBEDDED_DATABASE_TOO, saveState, signIn, uniqueTitle } from "./support";

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
  await page.getByLabel("Compare revision").fill("2");
  await page.getByLabel("with revision").fill("3");
  await page.getByRole("button", { name: "Compare" }).click();
  const bodyDiff = page.getByRole("region", { name: "Body" });
  await expect(bodyDiff.getByRole("insertion")).toHaveText(/^\s*Upheld on appeal\.$/);
  await expect(bodyDiff.getByRole("deletion")).toHaveCount(0);

  const second = rows.filter({ has: page.getByRole("rowheader", { name: "2", exact: true }) });
  await second.getByRole("button", { name: "Restore this revision" }).click();
  await expect(page.getByRole("textbox", { name: "Body" })).toHaveText("The court refused extradition.");
  await expect(saveState(page)).toContainText("All changes saved (revision 4)");
});

test("a long-edited version's history comes a page at a time, and comparing two saves shows the change among counted paragraphs", async ({ page }) => {
  await signIn(page, "editor");
  const title = uniqueTitle("Hearing in Almaty adjourned");
  const { id } = await createArticleByApi(page, title);
  const paragraphs = Array.from({ length: 8 }, (_, i) => `Paragraph ${i + 1} of the hearing report.`);
  const doc = (texts: string[]): RichTextDoc => ({ type: "doc", content: texts.map((text) => ({ type: "paragraph", content: [{ type: "text", text }] })) });
  // Autosave makes a revision of every pause in typing; these saves stand in for a long day's work.
  const saves = LIST_PAGE_SIZE + 2;
  for (let revision = 1; revision <= saves; revision++) {
    const texts = revision === saves ? paragraphs.map((text, i) => (i === 5 ? `${text} The defence appealed.` : text)) : paragraphs;
    const response = await page.request.put(`${EDITOR_URL}/api/articles/${id}/versions/en`, { data: { title: `${title} ${revision}`, summary: "", body: doc(texts), baseRevision: revision } });
    expect(response.status(), await response.text()).toBe(200);
  }

  await page.goto(`${EDITOR_URL}/articles/${id}/en/history`);
  const rows = page.getByRole("table").getByRole("row");
  await expect(rows).toHaveCount(LIST_PAGE_SIZE + 1); // the header and the newest page
  await expect(rows.nth(1).getByRole("rowheader")).toHaveText(String(saves + 1));
  const bodyDiff = page.getByRole("region", { name: "Body" });
  await expect(bodyDiff.getByRole("insertion")).toHaveText(/^\s*The defence appealed\.$/);
  await expect(bodyDiff.getByRole("paragraph")).toHaveText(["… 4 unchanged paragraphs …", paragraphs[4]!, /The defence appealed/, paragraphs[6]!, paragraphs[7]!]);

  await page.getByRole("navigation", { name: "More revisions" }).getByRole("link", { name: "Next page →" }).click();
  await expect(rows).toHaveCount(4); // the header and the three oldest revisions
  await expect(rows.getByRole("rowheader")).toHaveText(["3", "2", "1"]);
  // Comparing from an older page keeps that page of the list.
  await page.getByLabel("Compare revision").fill("1");
  await page.getByLabel("with revision").press("Enter");
  await expect(page.getByText(`Revision 1 compared with revision ${saves + 1}`)).toBeVisible();
  await expect(page.getByRole("region", { name: "Title" }).getByRole("insertion")).toHaveText(` ${saves}`);
  await expect(rows.getByRole("rowheader")).toHaveText(["3", "2", "1"]);
});
