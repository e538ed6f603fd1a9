import { type Browser, expect, type Locator, type Page, test } from "./fixtures";
import { createArticle, EMBEDDED_DATABASE_TOO, saveState, signIn, uniqueTitle } from "./support";

const presence = (page: Page) => page.getByRole("status").filter({ hasText: "Also editing" });

/** A word diff marks what only the first text has as deleted and what only the second has as inserted. */
async function expectChange(diff: Locator, removed: string, added: string) {
  await expect(diff.getByRole("deletion").filter({ hasText: removed })).toHaveCount(1);
  await expect(diff.getByRole("insertion").filter({ hasText: added })).toHaveCount(1);
}

async function signedInPage(browser: Browser, role: "editor" | "admin") {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, role);
  return page;
}

test("two people editing one version: the second save gets a conflict, keeps both texts in history", EMBEDDED_DATABASE_TOO, async ({ browser }) => {
  const eva = await signedInPage(browser, "editor");
  const url = await createArticle(eva, uniqueTitle("Detention of Ihar Losik"));
  const ada = await signedInPage(browser, "admin");
  await ada.goto(url);
  await expect(ada.getByRole("textbox", { name: "Body" })).toBeVisible();

  // Heartbeats go every 10 s: each sees the other within one beat.
  await expect(presence(ada)).toHaveText("Also editing: Eva Editor", { timeout: 15_000 });
  await expect(presence(eva)).toHaveText("Also editing: Ada Admin", { timeout: 15_000 });

  await eva.getByRole("textbox", { name: "Body" }).click();
  await eva.keyboard.insertText("Eva: sentenced to 15 years.");
  await expect(saveState(eva)).toContainText("All changes saved (revision 2)", { timeout: 15_000 });

  await ada.getByRole("textbox", { name: "Body" }).click();
  await ada.keyboard.insertText("Ada: appeal lodged.");
  const panel = ada.getByRole("region", { name: "Someone else saved this version" });
  await expect(panel).toBeVisible({ timeout: 15_000 });
  await expect(saveState(ada)).toContainText("Not saved: someone else saved a newer revision");
  await expect(panel.getByRole("alert")).toContainText("Eva Editor saved revision 2");
  await expectChange(panel.getByRole("region", { name: "Body" }), "sentenced", "appeal");

  await panel.getByRole("button", { name: "Keep mine as a new revision" }).click();
  await expect(saveState(ada)).toContainText("All changes saved (revision 3)");
  await expect(panel).toBeHidden();

  await ada.getByRole("link", { name: "History" }).click();
  const rows = ada.getByRole("table").getByRole("row");
  await expect(rows).toHaveCount(4); // the header and three revisions
  await expect(rows.nth(1)).toContainText("Ada Admin");
  await expect(rows.nth(2)).toContainText("Eva Editor");
  await ada.getByLabel("Compare revision").fill("2");
  await ada.getByLabel("with revision").fill("3");
  await ada.getByRole("button", { name: "Compare" }).click();
  const bodyDiff = ada.getByRole("region", { name: "Body" });
  await expectChange(bodyDiff, "sentenced", "appeal");

  await eva.context().close();
  await ada.context().close();
});

test("text typed offline is kept in the browser and saved when the editor is opened again online", async ({ page, context }) => {
  await signIn(page, "editor");
  const url = await createArticle(page, uniqueTitle("Extradition hearing in Warsaw"));
  await context.setOffline(true);
  await page.getByRole("textbox", { name: "Body" }).click();
  await page.keyboard.insertText("Written without a connection.");
  await expect(saveState(page)).toContainText("Save failed — retrying", { timeout: 15_000 });
  // Copied into the browser while the page is still open (in a pause of the typing, not only when the page is
  // left): a browser that crashes, and so never says the page was left, loses nothing either.
  const keptInBrowser = () =>
    page.evaluate(() => Object.entries(window.localStorage).some(([key, value]) => key.startsWith("rightsdesk:draft:") && value.includes("Written without a connection.")));
  await expect.poll(keptInBrowser).toBe(true);
  await page.close();

  await context.setOffline(false);
  const again = await context.newPage();
  await again.goto(url);
  await expect(again.getByText("Restored the changes you had not saved yet in this browser.")).toBeVisible();
  await expect(again.getByRole("textbox", { name: "Body" })).toHaveText("Written without a connection.");
  await expect(saveState(again)).toContainText("All changes saved (revision 2)", { timeout: 15_000 });
});

test("a reviewer comments on selected text and resolves the comment", async ({ page }) => {
  await signIn(page, "editor");
  await createArticle(page, uniqueTitle("Asylum granted in Vilnius"));
  const body = page.getByRole("textbox", { name: "Body" });
  await body.click();
  await page.keyboard.insertText("Held in Minsk for three days.");
  for (let i = 0; i < "days.".length; i++) await page.keyboard.press("Shift+ArrowLeft");

  const comments = page.getByRole("region", { name: "Review comments" });
  await expect(comments.getByText("No comments yet.")).toBeVisible();
  await expect(comments.getByRole("button", { name: "Comment" })).toHaveAttribute("title", /Ctrl\+Alt\+M/);
  await page.keyboard.press("Control+Alt+KeyM");
  await comments.getByRole("textbox", { name: "Comment" }).fill("Three or four days? Check the court record.");
  await comments.getByRole("button", { name: "Add comment" }).click();

  const item = comments.getByRole("listitem", { name: "Comment by Eva Editor" });
  await expect(item).toContainText("days.");
  await expect(item).toContainText("Three or four days? Check the court record.");
  // The commented words are marked in the text.
  await expect(body.locator("[data-comment-id]")).toHaveText("days.");

  await item.getByRole("button", { name: "Resolve" }).click();
  await expect(comments.getByRole("listitem")).toHaveCount(0);
  await expect(comments.getByText("No unresolved comments.")).toBeVisible();
  await expect(body.locator("[data-comment-id]")).toHaveCount(0);

  await comments.getByLabel("Show").selectOption("all");
  await expect(item).toContainText("Resolved by Eva Editor");
  await expect(item.getByRole("button", { name: "Reopen" })).toBeVisible();
});

test("the conflict comparison reads replaced words apart, as History does", async ({ browser }) => {
  const eva = await signedInPage(browser, "editor");
  const url = await createArticle(eva, uniqueTitle("Hearing of Aleksandr Fedorov"));
  await eva.getByRole("textbox", { name: "Body" }).click();
  await eva.keyboard.insertText("The court adjourned the hearing.");
  await expect(saveState(eva)).toContainText("All changes saved (revision 2)", { timeout: 15_000 });

  const ada = await signedInPage(browser, "admin");
  await ada.goto(url);
  await expect(ada.getByRole("textbox", { name: "Body" })).toHaveText("The court adjourned the hearing.");

  // Eva saves a new title meanwhile; Ada rewrites the sentence from the revision she opened.
  await eva.getByLabel("Title", { exact: true }).fill(uniqueTitle("Hearing of Aleksandr Fedorov postponed"));
  await eva.getByRole("button", { name: "Save", exact: true }).click();
  await expect(saveState(eva)).toContainText("All changes saved (revision 3)");
  await ada.getByRole("textbox", { name: "Body" }).click();
  await ada.keyboard.press("Control+A");
  await ada.keyboard.insertText("The prosecutor asked the hearing.");

  const panel = ada.getByRole("region", { name: "Someone else saved this version" });
  const sentence = panel.getByRole("region", { name: "Body" }).getByRole("paragraph");
  await expect(sentence).toHaveText("The court adjourned prosecutor asked the hearing.", { timeout: 15_000 });
  await expectChange(panel.getByRole("region", { name: "Body" }), "court adjourned", "prosecutor asked");

  await panel.getByRole("button", { name: "Keep mine as a new revision" }).click();
  await expect(saveState(ada)).toContainText("All changes saved (revision 4)");
  await ada.getByRole("link", { name: "History" }).click();
  await ada.getByLabel("Compare revision").fill("3");
  await ada.getByLabel("with revision").fill("4");
  await ada.getByRole("button", { name: "Compare" }).click();
  await expect(ada.getByRole("region", { name: "Body" }).getByRole("paragraph")).toHaveText("The court adjourned prosecutor asked the hearing.");

  await eva.context().close();
  await ada.context().close();
});
