import { expect, test } from "./fixtures";
import { createArticleByApi, EDITOR_URL, signIn, uniqueTitle } from "./support";

test("the dashboard puts what others wait for first and shows a few rows of each list, with a way to all of them", async ({ page, browser }) => {
  await signIn(page, "editor");
  const prefix = uniqueTitle("Draft on a detained blogger");
  const titles = [1, 2, 3, 4, 5, 6].map((n) => `${prefix} #${n}`);
  for (const title of titles) await createArticleByApi(page, title);

  await page.getByRole("link", { name: "Dashboard" }).click();
  const sections = page.getByRole("main").getByRole("heading", { level: 2 });
  await expect(sections.nth(0)).toHaveText("Waiting for my review");
  await expect(sections.nth(1)).toHaveText("Changes to publish");
  await expect(sections).toContainText(["Waiting for my review", "Changes to publish", "My drafts", "Scheduled"]);

  // Six new drafts and more from before: the dashboard shows five, and says how many there are.
  const drafts = page.getByRole("region", { name: "My drafts" });
  await expect(drafts.getByRole("listitem")).toHaveCount(5);
  const showAll = drafts.getByRole("link", { name: /^Show all \(\d+\)$/ });
  const total = Number((await showAll.textContent())?.match(/\d+/)?.[0]);
  expect(total).toBeGreaterThanOrEqual(6);
  await showAll.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`My drafts (${total})`);
  // Latest change first: this test's drafts are on the first page, newest above oldest.
  for (const title of titles) await expect(page.getByRole("link", { name: title, exact: true })).toBeVisible();
  const listed = await page.getByRole("listitem").getByRole("link", { name: prefix }).allTextContents();
  expect(listed).toEqual([...titles].reverse());
  await page.goto(`${EDITOR_URL}/dashboard/drafts?page=9999`);
  await expect(page.getByText("There is no such page of this list.")).toBeVisible();
  await page.getByRole("link", { name: "← Dashboard" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();

  // A translator is asked neither to review nor to publish: those lists are not theirs, nor their full pages.
  const translator = await (await browser.newContext()).newPage();
  await signIn(translator, "translator");
  await translator.getByRole("link", { name: "Dashboard" }).click();
  await expect(translator.getByRole("main").getByRole("heading", { level: 2 })).toHaveText(["My drafts", "Scheduled"]);
  await translator.goto(`${EDITOR_URL}/dashboard/publish`);
  await expect(translator.getByText("Only editors and admins review and publish others’ changes.")).toBeVisible();
});
