import { expect, test } from "./fixtures";
import { type Page } from "@playwright/test";
import { DASHBOARD_PREVIEW_SIZE } from "@rightsdesk/domain";
import { createArticleByApi, EDITOR_URL, moveVersion, signIn, uniqueTitle, uploadImageByApi } from "./support";

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

/** The names of a full list's rows ("alt text · language"), page after page, in the list's order. */
async function mediaTextsOnAllPages(page: Page): Promise<string[]> {
  const names: string[] = [];
  for (let n = 1; ; n++) {
    await expect(page).toHaveURL(n === 1 ? /\/dashboard\/media-texts$/ : new RegExp(`[?&]page=${n}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Media texts to publish \(\d+\)$/);
    // A row has no link to read: its accessible name, given by aria-label, says which image and language it is.
    names.push(...(await page.getByRole("main").getByRole("listitem").evaluateAll((rows) => rows.map((row) => row.getAttribute("aria-label") ?? ""))));
    const next = page.getByRole("navigation", { name: "Pages of Media texts to publish" }).getByRole("link", { name: "Next page →" });
    if ((await next.count()) === 0) return names;
    await next.click();
  }
}

test(`the dashboard's media texts to publish show a few rows and a way to all of them`, async ({ page, browser }) => {
  await signIn(page, "editor");
  const prefix = uniqueTitle("Sketch of the defendant");
  // One more than the dashboard shows, and one more to publish from the full list.
  const alts = Array.from({ length: DASHBOARD_PREVIEW_SIZE + 2 }, (_, i) => `${prefix} #${i + 1}`);
  // A row is one image in one language, and a translator writes in five languages (not English): seven rows take
  // more than one image, so each of seven images gets a Russian caption.
  const rows = alts.map((alt) => `${alt} · Русский`);
  const images: string[] = [];
  for (const alt of alts) images.push(await uploadImageByApi(page, alt));
  // A translator's text waits for an editor only once readers see the image: an article shows all six.
  const article = await createArticleByApi(page, uniqueTitle("Sketches from the courtroom"));
  const body = {
    type: "doc",
    content: [{ type: "paragraph", content: [{ type: "text", text: "The court allowed no cameras." }] }, ...images.map((assetId) => ({ type: "mediaImage", attrs: { assetId } }))],
  };
  const saved = await page.request.put(`${EDITOR_URL}/api/articles/${article.id}/versions/en`, {
    data: { title: "Sketches from the courtroom", summary: "", body, baseRevision: 1 },
  });
  expect(saved.status(), await saved.text()).toBe(200);
  await moveVersion(page, article.id, "en", "publish");

  const translatorContext = await browser.newContext();
  const translator = await translatorContext.newPage();
  await signIn(translator, "translator");
  const waiting = new Set<string>();
  /** A row published during the test no longer needs publishing at its end. */
  const published = (row: string | null) => {
    const id = images[rows.indexOf(row ?? "")];
    if (id) waiting.delete(id);
  };
  try {
    // One after another, so that they wait in this order: the lists show the longest waiting first.
    for (const [i, id] of images.entries()) {
      const response = await translator.request.put(`${EDITOR_URL}/api/media/${id}`, { data: { caption: { ru: `Зарисовка подсудимого ${i + 1}` } } });
      expect(response.status(), await response.text()).toBe(200);
      // Only what waits is published at the end: a save that went live instead is the error to see.
      const { pending } = (await response.json()) as { pending: Record<string, unknown> };
      expect(pending.ru, "the caption waits for an editor").toBeDefined();
      waiting.add(id);
    }

    await page.getByRole("link", { name: "Dashboard" }).click();
    const region = page.getByRole("region", { name: "Changes to publish" });
    const mediaTexts = region.getByRole("list", { name: "Media texts" });
    await expect(mediaTexts.getByRole("listitem")).toHaveCount(DASHBOARD_PREVIEW_SIZE);
    // The dashboard shows the longest waiting: five rows older than the newest of this test's are there before it.
    await expect(mediaTexts.getByRole("listitem", { name: rows.at(-1) })).toHaveCount(0);
    const showAll = region.getByRole("link", { name: /^Show all media texts \(\d+\)$/ });
    expect(Number((await showAll.textContent())?.match(/\d+/)?.[0])).toBeGreaterThanOrEqual(rows.length);
    await showAll.click();
    // All seven, in the order they were saved.
    expect((await mediaTextsOnAllPages(page)).filter((name) => name.startsWith(prefix))).toEqual(rows);
    await expect(page.getByRole("listitem", { name: rows[0] })).toContainText("Зарисовка подсудимого 1");

    // Publishing a row takes it off the list and out of the counts at once, without a reload.
    const heading = page.getByRole("heading", { level: 1 });
    const total = Number((await heading.textContent())?.match(/\((\d+)\)/)?.[1]);
    await page.getByRole("listitem", { name: rows[0] }).getByRole("button", { name: "Publish changes" }).click();
    await expect(page.getByRole("main").getByRole("status")).toHaveText(`Published the texts of “${alts[0]}” (Русский): readers see them now.`);
    await expect(page.getByRole("listitem", { name: rows[0] })).toHaveCount(0);
    await expect(heading).toHaveText(`Media texts to publish (${total - 1})`);
    published(rows[0] ?? null);

    await page.getByRole("link", { name: "← Dashboard" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
    const first = mediaTexts.getByRole("listitem").first();
    const firstName = await first.getAttribute("aria-label");
    await expect(region.getByRole("link", { name: `Show all media texts (${total - 1})` })).toBeVisible();
    await first.getByRole("button", { name: "Publish changes" }).click();
    await expect(region.getByRole("status")).toHaveText(/^Published the texts of /);
    // The next longest waiting moves up into the preview, and the count follows.
    await expect(mediaTexts.getByRole("listitem", { name: firstName ?? "" })).toHaveCount(0);
    await expect(mediaTexts.getByRole("listitem")).toHaveCount(DASHBOARD_PREVIEW_SIZE);
    const rest = total - 2;
    // Other tests' waiting texts may be there too: the link stays only while more wait than the preview shows.
    const showAllNow = region.getByRole("link", { name: /^Show all media texts/ });
    if (rest > DASHBOARD_PREVIEW_SIZE) await expect(showAllNow).toHaveText(`Show all media texts (${rest})`);
    else await expect(showAllNow).toHaveCount(0);
    published(firstName);
  } finally {
    // Published, so that they leave the list every test's dashboard shares.
    for (const id of waiting) {
      const response = await page.request.post(`${EDITOR_URL}/api/media/${id}/pending/ru`);
      expect(response.status(), await response.text()).toBe(200);
    }
    await translatorContext.close();
  }
});
