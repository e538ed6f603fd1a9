import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect, type Page, test } from "./fixtures";
import { createArticle, saveState, signIn, uniqueTitle } from "./support";

// Clipboard HTML as Word for Windows and Google Docs put it there; the paste clean-up's unit tests read the same files.
const clipboard = (name: string) => readFileSync(fileURLToPath(new URL(`../../apps/editor/src/features/articles/editor/clipboard/${name}`, import.meta.url)), "utf8");

const body = (page: Page) => page.getByRole("textbox", { name: "Body" });

/**
 * Pastes HTML into the body as the writer does: the HTML goes onto the browser's clipboard as it is (a copy
 * event's data, which the browser does not rewrite), then Ctrl+V in the body, so the browser makes the paste event.
 */
async function paste(page: Page, html: string) {
  await body(page).click();
  await page.evaluate((data) => {
    document.addEventListener(
      "copy",
      (event) => {
        event.clipboardData?.setData("text/html", data);
        event.clipboardData?.setData("text/plain", new DOMParser().parseFromString(data, "text/html").body.innerText);
        event.preventDefault();
      },
      { once: true },
    );
    if (!document.execCommand("copy")) throw new Error("The browser refused to copy the test's HTML.");
  }, html);
  await page.keyboard.press("ControlOrMeta+V");
}

/** The editor saved revision 2 by itself, the first after the article was created. */
async function expectAutosaved(page: Page) {
  await expect(saveState(page)).toContainText("revision 2", { timeout: 15_000 });
  await expect(saveState(page)).toContainText("All changes saved");
}

const BOLD = "700";

test("a paste from Word keeps its bold, shows its pictures as placeholders to upload, and saves", async ({ page }) => {
  await signIn(page, "editor");
  await createArticle(page, uniqueTitle("Aix-en-Provence refuses extradition"));
  await paste(page, clipboard("word.html"));

  await expect(body(page).getByRole("heading", { level: 2, name: "Court in Aix-en-Provence refuses extradition" })).toBeVisible();
  await expect(body(page).getByText("Mukhtar Ablyazov", { exact: true })).toHaveCSS("font-weight", BOLD);
  await expect(body(page).getByText("a victory for the right to asylum", { exact: true })).toHaveCSS("font-weight", BOLD);
  await expect(body(page).getByText("will not be sent to Russia")).not.toHaveCSS("font-weight", BOLD);
  const photo = body(page).getByRole("group", { name: "Image not imported: Protesters outside the court in Aix-en-Provence" });
  await expect(photo).toBeVisible();
  await expect(photo).toContainText("upload it to the media library");
  // The library opens in a tab of its own, so the text being written stays as it is.
  const [library] = await Promise.all([page.context().waitForEvent("page"), photo.getByRole("link", { name: "Open the media library" }).click()]);
  await expect(library.getByRole("heading", { level: 1, name: "Media library" })).toBeVisible();
  await library.close();
  const second = body(page).getByRole("group", { name: "Image not imported: clip_image003.jpg" });
  await expect(second).toBeVisible();
  await expectAutosaved(page);

  // The placeholder goes with the keyboard too.
  await second.getByRole("button", { name: "Remove placeholder" }).focus();
  await page.keyboard.press("Enter");
  await expect(second).toHaveCount(0);
  await expect(photo).toBeVisible();

  // Placeholders are not saved; the text and its bold are.
  await page.reload();
  await expect(body(page).getByText("Mukhtar Ablyazov", { exact: true })).toHaveCSS("font-weight", BOLD);
  await expect(body(page)).toContainText("The prosecutor has ten days to appeal.");
  await expect(body(page).getByRole("group", { name: /Image not imported/ })).toHaveCount(0);
  await expect(saveState(page)).toContainText("All changes saved");
});

test("a paste from Google Docs is not made bold by Google's wrapper, shows its picture as a placeholder, and saves", async ({ page }) => {
  await signIn(page, "editor");
  await createArticle(page, uniqueTitle("Vilnius hearing postponed"));
  await paste(page, clipboard("google-docs.html"));

  await expect(body(page).getByText("Kuanysh Nurgaziyev", { exact: true })).toHaveCSS("font-weight", BOLD);
  await expect(body(page).getByText("The court in Vilnius postponed the hearing of")).not.toHaveCSS("font-weight", BOLD);
  await expect(body(page).getByText("Reported by our correspondent.")).not.toHaveCSS("font-weight", BOLD);
  await expect(body(page).getByRole("group", { name: "Image not imported" })).toContainText("upload it to the media library");
  await expectAutosaved(page);
});

test("a save refused for one node says which, and Remove it deletes that node so that the text saves", async ({ page }) => {
  await signIn(page, "editor");
  const title = uniqueTitle("Extradition hearing in Madrid");
  const url = await createArticle(page, title);
  const [, articleId, locale] = /\/articles\/([^/]+)\/([a-z]{2})/.exec(url) ?? [];
  // Unsaved text kept in this browser by an editor from before the paste clean-up, holding the image Word left behind.
  const draft = {
    title,
    summary: "",
    baseRevision: 1,
    savedAt: Date.now(),
    body: {
      type: "doc",
      content: [
        { type: "paragraph", content: [{ type: "text", text: "The court in Madrid heard the request." }] },
        { type: "image", attrs: { src: "file:///C:/Users/ANNAKO~1/AppData/Local/Temp/msohtmlclip1/01/clip_image002.png", alt: "" } },
        { type: "paragraph", content: [{ type: "text", text: "A decision is expected in May." }] },
      ],
    },
  };
  await page.evaluate(([key, value]) => window.localStorage.setItem(key, value), [`rightsdesk:draft:${articleId}:${locale}`, JSON.stringify(draft)] as const);
  await page.reload();
  await expect(page.getByText("Restored the changes you had not saved yet in this browser.")).toBeVisible();

  await expect(saveState(page)).toContainText("Not saved: Image 1 (block 2 of the text): images must have an http(s) address", { timeout: 15_000 });
  await page.getByRole("button", { name: "Remove it" }).click();
  await expectAutosaved(page);
  await expect(page.getByRole("button", { name: "Remove it" })).toHaveCount(0);

  await page.reload();
  await expect(body(page)).toContainText("The court in Madrid heard the request.");
  await expect(body(page)).toContainText("A decision is expected in May.");
  await expect(body(page).locator("img")).toHaveCount(0);
});
