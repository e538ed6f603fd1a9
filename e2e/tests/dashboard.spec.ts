import { expect, test } from "./fixtures";
import { type Page } from "@playwright/test";
import { DASHBOARD_PREVIEW_SIZE } from "@rightsdesk/domain";
import { createArticleByApi, EDITOR_URL, moveVersion, signIn, uniqueTitle } from "./support";

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

/** The titles a dashboard list shows in full, page after page: others' rows come and go meanwhile, so this finds rather than counts. */
async function titlesOnAllPages(page: Page, section: string): Promise<string[]> {
  const titles: string[] = [];
  for (let n = 1; ; n++) {
    await expect(page).toHaveURL(n === 1 ? /\/dashboard\/[a-z-]+$/ : new RegExp(`[?&]page=${n}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(new RegExp(`^${section} \\(\\d+\\)$`));
    titles.push(...(await page.getByRole("main").getByRole("listitem").getByRole("link").allTextContents()));
    const next = page.getByRole("navigation", { name: `Pages of ${section}` }).getByRole("link", { name: "Next page →" });
    if ((await next.count()) === 0) return titles;
    await next.click();
  }
}

const EMPTY_DOC = { type: "doc", content: [{ type: "paragraph" }] };
const tomorrow = () => new Date(Date.now() + 24 * 60 * 60 * 1000).toISOString();

type Article = { id: string };

/**
 * For each list of the dashboard work waits in: how one of this test's drafts gets there, and out again. The lists
 * are everyone's, longest waiting first: rows left behind would push later tests' rows off the dashboard.
 */
const sections: { section: string; put: (page: Page, article: Article, title: string) => Promise<void>; takeOut: (page: Page, article: Article) => Promise<void> }[] = [
  { section: "Waiting for my review", put: (page, { id }) => moveVersion(page, id, "en", "submit"), takeOut: (page, { id }) => moveVersion(page, id, "en", "approve") },
  {
    section: "Changes to publish",
    put: async (page, { id }, title) => {
      await moveVersion(page, id, "en", "publish");
      // A save after the publication: readers still see the published text until an editor publishes it.
      const response = await page.request.put(`${EDITOR_URL}/api/articles/${id}/versions/en`, { data: { title, summary: "Updated.", body: EMPTY_DOC, baseRevision: 1 } });
      expect(response.status(), await response.text()).toBe(200);
    },
    takeOut: (page, { id }) => moveVersion(page, id, "en", "publish"),
  },
  {
    section: "Scheduled",
    put: (page, { id }) => moveVersion(page, id, "en", "schedule", { scheduledAt: tomorrow() }),
    takeOut: (page, { id }) => moveVersion(page, id, "en", "unschedule"),
  },
];

for (const { section, put, takeOut } of sections) {
  test(`the dashboard's "${section}" shows a few rows and a way to all of them`, async ({ page }) => {
    await signIn(page, "editor");
    const prefix = uniqueTitle(`${section} hearing`);
    const titles = Array.from({ length: DASHBOARD_PREVIEW_SIZE + 1 }, (_, i) => `${prefix} #${i + 1}`);
    const articles: Article[] = [];
    try {
      for (const title of titles) {
        const article = await createArticleByApi(page, title);
        await put(page, article, title);
        // Only what got into the list is taken out of it: a failure to put one in is the error to see.
        articles.push(article);
      }

      await page.getByRole("link", { name: "Dashboard" }).click();
      const region = page.getByRole("region", { name: section });
      // The section's own list, the first: media texts waiting to be published have a list of their own below.
      await expect(region.getByRole("list").first().getByRole("listitem")).toHaveCount(DASHBOARD_PREVIEW_SIZE);
      const showAll = region.getByRole("link", { name: /^Show all \(\d+\)$/ });
      expect(Number((await showAll.textContent())?.match(/\d+/)?.[0])).toBeGreaterThanOrEqual(titles.length);
      await showAll.click();
      expect(await titlesOnAllPages(page, section)).toEqual(expect.arrayContaining(titles));
      await page.getByRole("link", { name: "← Dashboard" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
    } finally {
      for (const article of articles) await takeOut(page, article);
    }
  });
}
