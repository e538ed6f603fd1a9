import { readFile, writeFile } from "node:fs/promises";
import { expect, type Page, test } from "./fixtures";
import { editTargets } from "@rightsdesk/xliff/testing";
import { findSeedArticle, saveState, SEED, signIn } from "./support";

const articleRow = (page: Page) => page.getByRole("row").filter({ has: page.getByRole("link", { name: SEED.publishedTitle }) });

/** The XLIFF panel is folded while the translation is outdated (whether it is depends on other tests' edits of the seed). */
async function openXliff(page: Page) {
  const toggle = page.getByRole("button", { name: "XLIFF", exact: true });
  if ((await toggle.getAttribute("aria-expanded")) === "false") await toggle.click();
}

async function openRussian(page: Page) {
  await findSeedArticle(page);
  await articleRow(page).getByRole("link", { name: /^RU · / }).click();
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue(SEED.russianTitle);
}

test("a translator sees the Russian translation outdated after a source change, reviews the diff and marks it up to date", async ({ browser }) => {
  const editor = await (await browser.newContext()).newPage();
  await signIn(editor, "editor");
  await findSeedArticle(editor);
  await expect(articleRow(editor).getByRole("link", { name: /^RU · / })).not.toContainText("Outdated");
  await articleRow(editor).getByRole("link", { name: SEED.publishedTitle }).click();
  await editor.getByRole("textbox", { name: "Body" }).getByText("Protection granted in Europe and the United States").click();
  await editor.keyboard.press("End");
  // The seed article may have been edited by an earlier run on this database: the save adds one revision to what is there.
  const before = Number((await saveState(editor).textContent())?.match(/revision (\d+)/)?.[1]);
  await editor.keyboard.insertText(" of America");
  await editor.getByRole("button", { name: "Save", exact: true }).click();
  await expect(saveState(editor)).toContainText(`All changes saved (revision ${before + 1})`);

  const page = await (await browser.newContext()).newPage();
  await signIn(page, "translator");
  await findSeedArticle(page);
  const badge = articleRow(page).getByRole("link", { name: /^RU · / });
  await expect(badge).toHaveText("RU · Outdated");
  await badge.click();
  await expect(page.getByRole("navigation", { name: "Language versions" }).getByRole("link", { name: /^Русский/ })).toHaveText(
    "Русский · Outdated",
  );
  const panel = page.getByRole("region", { name: "Source changed" });
  // Folded while the translation is outdated, so that the editor stays on the first screen.
  await panel.getByRole("button", { name: "Source changed", expanded: false }).click();
  await expect(panel.getByRole("region", { name: "Source body" }).getByRole("insertion")).toHaveText(" of America");
  await expect(panel.getByRole("region", { name: "Source title" }).getByRole("insertion")).toHaveCount(0);

  const markUpToDate = panel.getByRole("button", { name: "Mark as up to date" });
  await expect(markUpToDate).toBeDisabled();
  await panel.getByLabel("I have reviewed the changes").check();
  await markUpToDate.click();
  await expect(panel).toHaveCount(0);
  await expect(page.getByRole("navigation", { name: "Language versions" }).getByRole("link", { name: /^Русский/ })).toHaveText("Русский · Published");
  await findSeedArticle(page);
  await expect(articleRow(page).getByRole("link", { name: /^RU · / })).toHaveText("RU · Published");
});

test("a translator exports the Russian version as XLIFF, imports the revised file as a new revision, and a broken file is refused", async ({
  page,
}, testInfo) => {
  await signIn(page, "translator");
  await openRussian(page);
  const before = Number((await saveState(page).textContent())?.match(/revision (\d+)/)?.[1]);

  await openXliff(page);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Export XLIFF" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^open-dialog-meets-ablyazov-in-paris\.r\d+\.en-ru\.xlf$/);
  const exported = await readFile(await download.path(), "utf8");
  // The agency revises one heading's target; every other unit comes back as exported.
  const revised = editTargets(exported, (text, unit) => (unit === "b3" ? `${text} (проверено агентством)` : text));
  expect(revised).not.toBe(exported);
  const file = testInfo.outputPath("revised.xlf");
  await writeFile(file, revised);

  const importer = page.getByRole("region", { name: "XLIFF" });
  await importer.getByLabel("XLIFF file to import").setInputFiles(file);
  await importer.getByRole("button", { name: "Import", exact: true }).click();
  await expect(saveState(page)).toContainText(`revision ${before + 1}`);
  await expect(page.getByRole("textbox", { name: "Body" })).toContainText("(проверено агентством)");
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue(SEED.russianTitle);

  await importer.getByLabel("XLIFF file to import").setInputFiles({
    name: "broken.xlf",
    mimeType: "application/xliff+xml",
    buffer: Buffer.from(exported.slice(0, exported.length / 2)),
  });
  await importer.getByRole("button", { name: "Import", exact: true }).click();
  const alert = importer.getByRole("alert");
  await expect(alert).toContainText("The XLIFF file was not imported (1 problem); nothing was changed.");
  await expect(alert.getByRole("list", { name: "Problems in the file" })).toContainText("The file is not well-formed XML");
  await page.reload();
  await expect(saveState(page)).toContainText(`revision ${before + 1}`);
});
