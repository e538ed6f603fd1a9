import { slugify } from "@rightsdesk/domain";
import { expect, type Page, test } from "./fixtures";
import { createArticle, EMBEDDED_DATABASE_TOO, saveState, signIn, uniqueTitle, WEB_URL } from "./support";

const mentionPopup = (page: Page) => page.getByRole("listbox", { name: "Registry records to mention" });

/** Types an @ query and picks the named record with the arrow keys and Enter. */
async function mention(page: Page, query: string, name: string) {
  await page.keyboard.type(`@${query}`);
  const options = mentionPopup(page).getByRole("option");
  // Other records may contain the name (a case titled after the person): match the record's own label.
  const wanted = options.filter({ has: page.getByText(name, { exact: true }) });
  await expect(wanted).toBeVisible();
  const labels = await options.locator(".mention-label").allTextContents();
  for (let i = 0; i < labels.indexOf(name); i++) await page.keyboard.press("ArrowDown");
  await expect(wanted).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("Enter");
  await expect(mentionPopup(page)).toBeHidden();
}

test("an editor mentions a person with @, and a reader follows the mention to the person's page", EMBEDDED_DATABASE_TOO, async ({ page, browser }) => {
  await signIn(page, "editor");
  const title = uniqueTitle("Ablyazov speaks in Paris");
  await createArticle(page, title);

  const body = page.getByRole("textbox", { name: "Body" });
  await body.click();
  // Escape closes the popup and leaves the typed text alone.
  await page.keyboard.type("@abl");
  await expect(mentionPopup(page)).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(mentionPopup(page)).toBeHidden();
  for (let i = 0; i < 4; i++) await page.keyboard.press("Backspace");

  await page.keyboard.type("Yesterday ");
  await mention(page, "abl", "Mukhtar Ablyazov");
  await page.keyboard.type("met a source, ");
  await page.keyboard.type("@kappa");
  await expect(mentionPopup(page).getByRole("option", { name: /Confidential Source Kappa/ })).toContainText("internal");
  await page.keyboard.press("Enter");
  // A picked mention is followed by a space; the comma goes right after the name.
  await page.keyboard.press("Backspace");
  await page.keyboard.type(", in Paris.");
  await expect(body.locator(".mention")).toHaveText(["@Mukhtar Ablyazov", "@Confidential Source Kappa"]);

  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(saveState(page)).toContainText("All changes saved");

  // The mention suggests Ablyazov's nationality as a tag; accepting it tags the article.
  const suggestions = page.getByRole("complementary", { name: "Suggestions" });
  await suggestions.getByRole("button", { name: "Check again" }).click();
  await suggestions.getByRole("button", { name: "Accept country tag Kazakhstan" }).click();
  await expect(suggestions.getByText("Added Kazakhstan")).toBeVisible();
  await expect(page.getByRole("checkbox", { name: "Kazakhstan", exact: true })).toBeChecked();
  await expect(suggestions.getByRole("button", { name: "Accept country tag Kazakhstan" })).toBeHidden();

  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByText("Published: readers can see this version now.")).toBeVisible();

  const reader = await browser.newPage();
  await reader.goto(`${WEB_URL}/en/articles/${slugify(title)}`);
  const article = reader.locator("article .article-body");
  await expect(article).toContainText("Yesterday Mukhtar Ablyazov met a source, [name withheld], in Paris.");
  await expect(reader.locator("body")).not.toContainText("Kappa");
  expect(await reader.content()).not.toContain("Kappa");

  await article.getByRole("link", { name: "Mukhtar Ablyazov" }).click();
  await expect(reader).toHaveURL(`${WEB_URL}/en/people/mukhtar-ablyazov`);
  await expect(reader.getByRole("heading", { level: 1, name: "Mukhtar Ablyazov" })).toBeVisible();
});
