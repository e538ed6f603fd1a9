import { expect, type Page, test } from "./fixtures";
import { createArticle, EDITOR_URL, expectOnFirstScreen, findSeedArticle, saveState, SEED, signIn, uniqueTitle } from "./support";

const body = (page: Page) => page.getByRole("textbox", { name: "Body" });

async function draftWithText(page: Page, prefix: string, text: string) {
  const url = await createArticle(page, uniqueTitle(prefix));
  await body(page).click();
  await page.keyboard.insertText(text);
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(saveState(page)).toContainText("All changes saved");
  return url;
}

test.describe("at 1280×800", () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test("everything an editor needs for a draft is on the first screen, the publishing controls together beside the text", async ({ page }) => {
    await signIn(page, "editor");
    const url = await draftWithText(page, "Extradition of Aliaksandr Frantskevich", "The court in Vilnius will decide next week.");
    await page.goto(url);
    const publishing = page.getByRole("region", { name: "Publish" });
    const controls = [
      page.getByLabel("Title", { exact: true }),
      page.getByLabel("Summary", { exact: true }),
      body(page),
      saveState(page),
      publishing.getByRole("button", { name: "Save", exact: true }),
      publishing.getByRole("button", { name: "Submit for review" }),
      publishing.getByRole("button", { name: "Publish", exact: true }),
      publishing.getByLabel("Reviewer"),
      publishing.getByLabel("Publish at (UTC)"),
      publishing.getByRole("button", { name: "Schedule" }),
    ];
    for (const control of controls) await expectOnFirstScreen(page, control);

    // The sidebar stands to the right of the text, as in WordPress.
    const text = await body(page).boundingBox();
    const sidebar = await publishing.boundingBox();
    expect(text && sidebar && sidebar.x >= text.x + text.width).toBe(true);
  });

  test("the formatting toolbar stays at the top of the screen while a long article scrolls", async ({ page }) => {
    await signIn(page, "editor");
    await createArticle(page, uniqueTitle("Timeline of the Ablyazov extradition cases"));
    await body(page).click();
    for (let day = 1; day <= 40; day++) {
      await page.keyboard.insertText(`Day ${day}: the defence filed another appeal, and the court set a new hearing.`);
      await page.keyboard.press("Enter");
    }
    await page.keyboard.insertText("Final day");
    const toolbar = page.getByRole("toolbar", { name: "Formatting" });
    // Typing at the end scrolled the page far below the title, but not away from the toolbar.
    await expect(page.getByLabel("Title", { exact: true })).not.toBeInViewport();
    await expectOnFirstScreen(page, toolbar);
    expect((await toolbar.boundingBox())?.y).toBeLessThan(5);

    await page.keyboard.press("Shift+Home");
    await toolbar.getByRole("button", { name: "Bold" }).click();
    await expect(body(page).getByRole("paragraph").last().locator("strong")).toHaveText("Final day");
  });

  test("a long text renders only the paragraphs near the screen, and the keyboard, selection and saving still reach all of it", async ({ page }) => {
    const DAYS = 60;
    const day = (n: number) => `Day ${n}: the court in Vilnius heard the prosecutor and the defence once more, and set a new hearing.`;
    await signIn(page, "editor");
    await createArticle(page, uniqueTitle("Hearings in the Frantskevich extradition case"));
    const paragraphs = body(page).getByRole("paragraph");
    // Chromium says when it stops or starts rendering a block's content (content-visibility: auto); kept beside the page.
    await page.evaluate(() => {
      const skipped = new WeakMap<Element, boolean>();
      Object.assign(window, { skippedBlocks: skipped });
      document.addEventListener("contentvisibilityautostatechange", (event) => skipped.set(event.target as Element, (event as Event & { skipped: boolean }).skipped), true);
    });
    const rendered = (index: number) => paragraphs.nth(index).evaluate((element) => !(window as unknown as { skippedBlocks: WeakMap<Element, boolean> }).skippedBlocks.get(element));
    await body(page).click();
    for (let n = 1; n <= DAYS; n++) {
      if (n > 1) await page.keyboard.press("Enter");
      await page.keyboard.insertText(day(n));
    }

    await page.keyboard.press("Control+Home");
    await expect(paragraphs.first()).toBeInViewport();
    await expect.poll(() => rendered(DAYS - 1)).toBe(false);
    // Read like any other text, and reached by the keyboard at its very end.
    await expect(paragraphs.nth(DAYS - 1)).toHaveText(day(DAYS));
    await page.keyboard.press("Control+End");
    await page.keyboard.insertText(" The defence will appeal.");
    await expect(paragraphs.last()).toHaveText(`${day(DAYS)} The defence will appeal.`);
    await expect(paragraphs.last()).toBeInViewport();
    await expect.poll(() => rendered(0)).toBe(false);

    // Paged down from the top, the keyboard writes where the caret shows.
    await page.keyboard.press("Control+Home");
    for (let i = 0; i < 3; i++) await page.keyboard.press("PageDown");
    await page.keyboard.insertText("Adjourned: ");
    const paged = paragraphs.filter({ hasText: "Adjourned: " });
    await expect(paged).toHaveCount(1);
    await expect(paged).toBeInViewport();

    // Selected from the start to the end across the paragraphs not rendered, and made bold.
    await page.keyboard.press("Control+Home");
    await expect.poll(() => rendered(DAYS - 1)).toBe(false);
    await page.keyboard.press("Control+Shift+End");
    await page.getByRole("toolbar", { name: "Formatting" }).getByRole("button", { name: "Bold" }).click();
    await expect(body(page).locator("strong")).toHaveCount(DAYS);
    await expect(paragraphs.last().locator("strong")).toHaveText(`${day(DAYS)} The defence will appeal.`);
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(saveState(page)).toContainText("All changes saved");
    await page.reload();
    await expect(paragraphs).toHaveCount(DAYS);
    await expect(paragraphs.first()).toHaveText(day(1));
    await expect(paragraphs.last()).toHaveText(`${day(DAYS)} The defence will appeal.`);
    await expect(body(page).locator("strong")).toHaveCount(DAYS);
  });
});

test.describe("at 390×844", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the publishing controls follow the text on a phone", async ({ page }) => {
    await signIn(page, "editor");
    await draftWithText(page, "Asylum for Natallia Hersche", "Granted refugee status in Switzerland.");
    const text = await body(page).boundingBox();
    const publishing = await page.getByRole("region", { name: "Publish" }).boundingBox();
    expect(text && publishing && publishing.y >= text.y + text.height).toBe(true);
    expect(publishing && publishing.x + publishing.width).toBeLessThanOrEqual(390);
  });
});

test("a translator reading the English source is told it is read-only, by the page and to screen readers", async ({ page }) => {
  await signIn(page, "translator");
  await findSeedArticle(page);
  await page.getByRole("link", { name: SEED.publishedTitle }).click();
  await page.getByRole("navigation", { name: "Language versions" }).getByRole("link", { name: /^English/ }).click();
  await expect(page.getByText("You can read this version but not change it.")).toBeVisible();
  await expect(body(page)).toHaveAttribute("aria-readonly", "true");
  await expect(body(page)).not.toBeEditable();
});

test("an address that leads nowhere shows the editor's own page with a way back", async ({ page }) => {
  await signIn(page, "editor");
  const response = await page.goto(`${EDITOR_URL}/articles/no-such-article/en`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await page.getByRole("link", { name: "Back to the articles" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Articles" })).toBeVisible();

  expect((await page.goto(`${EDITOR_URL}/no-such-page`))?.status()).toBe(404);
  await expect(page).toHaveTitle("Not found — RightsDesk editor");
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Dashboard" })).toBeVisible();
});
