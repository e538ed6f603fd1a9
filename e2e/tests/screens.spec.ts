import { fileURLToPath } from "node:url";
import { expect, type Page, test } from "./fixtures";
import { EDITOR_URL, expectOnFirstScreen, findSeedArticle, SEED, signIn } from "./support";

/**
 * The main screens as an editor sees them on a laptop and on a phone, saved as screenshots for people to look at
 * (not compared pixel by pixel: the demo content and dates change). They go to e2e/screens/, which outlives the
 * run: Playwright empties its own output folder at the start of every run, and CI runs it twice.
 */
const SCREENS_DIR = fileURLToPath(new URL("../screens/", import.meta.url));

async function openSeedVersion(page: Page, language: RegExp) {
  await findSeedArticle(page);
  await page.getByRole("link", { name: SEED.publishedTitle }).click();
  await page.getByRole("navigation", { name: "Language versions" }).getByRole("link", { name: language }).click();
  await expect(page.getByRole("textbox", { name: "Body" })).toBeVisible();
}

const SCREENS: { name: string; open: (page: Page) => Promise<unknown> }[] = [
  { name: "article-list", open: (page) => page.goto(EDITOR_URL).then(() => expect(page.getByRole("heading", { level: 1, name: "Articles" })).toBeVisible()) },
  { name: "editor", open: (page) => openSeedVersion(page, /^English/) },
  {
    name: "side-by-side-translation",
    open: (page) =>
      openSeedVersion(page, /^Русский/).then(() => expect(page.getByRole("document", { name: "English source text" })).toBeVisible()),
  },
  {
    name: "dashboard",
    open: (page) => page.goto(`${EDITOR_URL}/dashboard`).then(() => expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible()),
  },
  {
    name: "translation-desk",
    open: (page) =>
      page.goto(`${EDITOR_URL}/translations`).then(() => expect(page.getByRole("heading", { level: 1, name: "Translations" })).toBeVisible()),
  },
  { name: "people", open: (page) => page.goto(`${EDITOR_URL}/people`).then(() => expect(page.getByRole("heading", { level: 1, name: "People" })).toBeVisible()) },
];

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
]) {
  test.describe(`screens at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test("the main screens open and are saved as screenshots", async ({ page }, testInfo) => {
      await signIn(page, "editor");
      for (const screen of SCREENS) {
        await screen.open(page);
        const path = `${SCREENS_DIR}${screen.name}-${viewport.width}x${viewport.height}.png`;
        await page.screenshot({ path });
        await testInfo.attach(`${screen.name} at ${viewport.width}×${viewport.height}`, { path, contentType: "image/png" });
      }
    });
  });
}

/** The lists an editor starts work from, with the link that adds to each (the organisations list adds none: they are made where an article or case names them). */
const LISTS: { path: string; heading: string; create: string | null }[] = [
  { path: "/", heading: "Articles", create: "New article" },
  { path: "/people", heading: "People", create: "New person" },
  { path: "/cases", heading: "Cases", create: "New case" },
  { path: "/organisations", heading: "Organisations", create: null },
];

test.describe("the first screen at 1280×800", () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test("every list's search, filters, New link and first row are on it, and so are the dashboard's first two queues", async ({ page }) => {
    await signIn(page, "editor");
    for (const list of LISTS) {
      await page.goto(`${EDITOR_URL}${list.path}`);
      await expect(page.getByRole("heading", { level: 1, name: list.heading })).toBeVisible();
      if (list.create) await expectOnFirstScreen(page, page.getByRole("link", { name: list.create }));
      const search = page.getByRole("search");
      for (const role of ["textbox", "combobox", "button"] as const) {
        for (const control of await search.getByRole(role).all()) await expectOnFirstScreen(page, control);
      }
      // The demo content fills every list: its first row (after the header) is on the first screen too.
      await expectOnFirstScreen(page, page.getByRole("table").getByRole("row").nth(1));
    }

    await page.goto(`${EDITOR_URL}/dashboard`);
    for (const queue of ["Waiting for my review", "Changes to publish"]) await expectOnFirstScreen(page, page.getByRole("heading", { level: 2, name: queue }));
  });
});
