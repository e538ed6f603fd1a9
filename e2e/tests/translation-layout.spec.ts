import { expect, type Locator, type Page, test } from "./fixtures";
import { createArticle, expectOnFirstScreen, saveState, signIn, uniqueTitle } from "./support";

test.use({ viewport: { width: 1280, height: 800 } });

const body = (page: Page) => page.getByRole("textbox", { name: "Body" });
const languageTab = (page: Page, name: RegExp) => page.getByRole("navigation", { name: "Language versions" }).getByRole("link", { name });

const revisionOf = async (page: Page) => Number((await saveState(page).textContent())?.match(/revision (\d+)/)?.[1]);

/** Makes an edit and saves it: done when a newer revision than before is saved. */
async function editAndSave(page: Page, edit: () => Promise<void>) {
  const before = await revisionOf(page);
  await edit();
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect.poll(() => revisionOf(page)).toBeGreaterThan(before);
  await expect(saveState(page)).toContainText("All changes saved");
}

async function openLanguage(page: Page, name: RegExp, path: RegExp) {
  await languageTab(page, name).click();
  await expect(page).toHaveURL(path);
}

/** The band drawn in the space above a block that keeps it level with the other column. */
const bandOf = (block: Locator) =>
  block.evaluate((element) => {
    const band = getComputedStyle(element, "::before");
    return { space: Number.parseFloat(getComputedStyle(element).paddingTop), image: band.backgroundImage, height: Number.parseFloat(band.height) };
  });

test("on a laptop the publishing controls stand beside source and translation; alignment space is a hatched band; an outdated translation folds its panels", async ({ page }) => {
  await signIn(page, "editor");
  await createArticle(page, uniqueTitle("Kazakh journalist detained in Kyiv"));
  await editAndSave(page, async () => {
    await body(page).click();
    await page.keyboard.insertText(
      "The journalist, who had reported for years on the seizure of land from farmers in the south of the country and on the trials that " +
        "followed, was detained at the airport on arrival from Warsaw, on a request that the prosecutor's office has not made public.",
    );
    await page.keyboard.press("Enter");
    await page.keyboard.insertText("A hearing is set for Monday.");
  });

  // A translation starts as a copy of the source; the long first paragraph gets a short translation.
  await openLanguage(page, /^Русский/, /\/ru$/);
  const translated = body(page).getByRole("paragraph");
  await expect(translated).toHaveText([/^The journalist/, "A hearing is set for Monday."]);
  await editAndSave(page, async () => {
    await body(page).focus();
    await page.keyboard.press("Control+A");
    await page.keyboard.insertText("Журналиста задержали в аэропорту.");
    await page.keyboard.press("Enter");
    await page.keyboard.insertText("Заседание назначено на понедельник.");
    await page.getByLabel("Title", { exact: true }).fill("Казахстанского журналиста задержали в Киеве");
  });
  await expect(translated).toHaveText(["Журналиста задержали в аэропорту.", "Заседание назначено на понедельник."]);

  // On a laptop the publishing controls stand beside the source and the translation, on the first screen.
  await page.evaluate(() => window.scrollTo(0, 0));
  const publishing = page.getByRole("region", { name: "Publish" });
  for (const control of [
    page.getByLabel("Title", { exact: true }),
    publishing.getByRole("button", { name: "Save", exact: true }),
    publishing.getByRole("button", { name: "Submit for review" }),
    publishing.getByRole("button", { name: "Publish", exact: true }),
  ])
    await expectOnFirstScreen(page, control);
  await expect(body(page)).toBeInViewport();
  const translationBox = await body(page).boundingBox();
  const sidebarBox = await publishing.boundingBox();
  expect(translationBox && sidebarBox && sidebarBox.x >= translationBox.x + translationBox.width).toBe(true);

  // The second paragraph waits level with its source below a band, explained beside the source.
  await expect.poll(async () => (await bandOf(translated.nth(1))).space).toBeGreaterThan(20);
  const band = await bandOf(translated.nth(1));
  expect(band.image).toContain("repeating-linear-gradient");
  expect(band.height).toBeGreaterThan(10);
  await expect(page.getByText("Hatched bands in either column are space left empty on purpose")).toBeVisible();

  // The source changes: the translation is outdated.
  await openLanguage(page, /^English/, /\/en$/);
  await editAndSave(page, async () => {
    await body(page).focus();
    await page.keyboard.press("Control+End");
    await page.keyboard.insertText(" The embassy was not told.");
  });
  await openLanguage(page, /^Русский/, /\/ru$/);
  await expect(languageTab(page, /^Русский/)).toContainText("Outdated");

  // Both panels are folded, so the translation's title and text are on the first screen.
  const changes = page.getByRole("button", { name: "Source changed", exact: true });
  const xliff = page.getByRole("button", { name: "XLIFF", exact: true });
  await expect(changes).toHaveAttribute("aria-expanded", "false");
  await expect(xliff).toHaveAttribute("aria-expanded", "false");
  await expect(page.getByRole("link", { name: "Export XLIFF" })).toBeHidden();
  await expect(page.getByLabel("Title", { exact: true })).toBeInViewport();
  await expect(body(page)).toBeInViewport();

  // Opened from the keyboard, each says so.
  await changes.focus();
  await page.keyboard.press("Enter");
  await expect(changes).toHaveAttribute("aria-expanded", "true");
  await expect(page.getByRole("region", { name: "Source body" }).getByRole("insertion")).toHaveText(" The embassy was not told.");
  await xliff.focus();
  await page.keyboard.press("Space");
  await expect(xliff).toHaveAttribute("aria-expanded", "true");
  await expect(page.getByRole("link", { name: "Export XLIFF" })).toBeVisible();
  await page.keyboard.press("Space");
  await expect(page.getByRole("link", { name: "Export XLIFF" })).toBeHidden();
});

/** Where a block's content starts on the page: below its box's top by the alignment space (padding) above it. */
const contentTop = (block: Locator) => block.evaluate((element) => element.getBoundingClientRect().top + Number.parseFloat(getComputedStyle(element).paddingTop));

test("a long translation: the keyboard reaches both ends of the text, and blocks far down the page stay level with their source", async ({ page }) => {
  const PARAGRAPHS = 40;
  await signIn(page, "editor");
  await createArticle(page, uniqueTitle("Hearing on the extradition request postponed again"));
  // Long paragraphs in the source, short ones in the translation: each pair needs space to stay level.
  const paragraphs = body(page).getByRole("paragraph");
  await editAndSave(page, async () => {
    await body(page).click();
    for (let n = 1; n <= PARAGRAPHS; n++) {
      if (n > 1) await page.keyboard.press("Enter");
      await page.keyboard.insertText(
        `Hearing ${n}. The court in Warsaw heard the prosecutor and the defence on the extradition request once more, ` +
          "and the defence repeated that the charges were brought for the man's reporting, not for any crime; the decision was put off.",
      );
    }
    // Far below the first screen, the keyboard still finds both ends of the text (a typed space may come out as a no-break one).
    await page.keyboard.press("Control+Home");
    await page.keyboard.insertText("Updated: ");
    await expect(paragraphs.first()).toHaveText(/^Updated:\sHearing 1\. /);
    await expect(paragraphs.first()).toBeInViewport();
    await page.keyboard.press("Control+End");
    await page.keyboard.insertText(" More to follow.");
    await expect(paragraphs.last()).toHaveText(/put off\.\sMore to follow\.$/);
    await expect(paragraphs.last()).toBeInViewport();
  });

  await openLanguage(page, /^Русский/, /\/ru$/);
  await expect(paragraphs).toHaveCount(PARAGRAPHS);
  await editAndSave(page, async () => {
    await body(page).focus();
    await page.keyboard.press("Control+A");
    for (let n = 1; n <= PARAGRAPHS; n++) {
      if (n > 1) await page.keyboard.press("Enter");
      await page.keyboard.insertText(`Заседание ${n} отложено.`);
    }
  });
  const source = page.getByRole("document", { name: "English source text" }).getByRole("paragraph");
  for (const index of [0, PARAGRAPHS - 1]) {
    await paragraphs.nth(index).scrollIntoViewIfNeeded();
    await expect.poll(async () => Math.abs((await contentTop(source.nth(index))) - (await contentTop(paragraphs.nth(index))))).toBeLessThan(2);
  }
});
