import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { slugify } from "@rightsdesk/domain";
import { expect, test } from "./fixtures";
import { createArticle, EDITOR_URL, saveState, signIn, uniqueTitle, WEB_URL } from "./support";

const photo = fileURLToPath(new URL("../fixtures/courthouse.png", import.meta.url));

test("a translator's caption of a published image waits for an editor, who publishes it from the dashboard", async ({ page, browser }) => {
  const run = Date.now().toString(36);
  const title = uniqueTitle("Vigil outside the court");
  const alt = `Candles outside the court ${run}`;
  const caption = `Свечи у здания суда ${run}`;

  // An editor publishes an article with an image.
  await signIn(page, "editor");
  await createArticle(page, title);
  await page.getByRole("textbox", { name: "Body" }).click();
  await page.keyboard.type("A vigil was held outside the court.");
  await page.getByRole("button", { name: "Insert media" }).click();
  const dialog = page.getByRole("dialog", { name: "Insert media" });
  await dialog.getByRole("button", { name: "Upload a new file" }).click();
  await dialog.getByLabel("Image or video file").setInputFiles({ name: "vigil.png", mimeType: "image/png", buffer: await readFile(photo) });
  await dialog.getByRole("button", { name: "Upload", exact: true }).click();
  await expect(dialog.getByRole("button", { name: /No English alt text/, pressed: true })).toBeVisible();
  await dialog.getByRole("button", { name: "Insert", exact: true }).click();
  await dialog.getByLabel("Alt text (English)").fill(alt);
  await dialog.getByRole("button", { name: "Save alt text" }).click();
  await expect(dialog.getByRole("alert")).toHaveCount(0);
  await dialog.getByRole("button", { name: "Insert", exact: true }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(saveState(page)).toContainText("All changes saved");
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByText("Published: readers can see this version now.")).toBeVisible();

  // A translator writes the Russian caption in the media library: it waits.
  const translator = await (await browser.newContext()).newPage();
  await signIn(translator, "translator");
  await translator.getByRole("link", { name: "Media", exact: true }).click();
  await translator.getByRole("button", { name: alt }).click();
  const details = translator.getByRole("form", { name: "Media details" });
  await details.getByLabel("Language").selectOption({ label: "Русский" });
  await details.getByLabel("Caption (Русский)").fill(caption);
  await details.getByRole("button", { name: "Save details" }).click();
  await expect(details.getByRole("status")).toHaveText("Saved (Русский). It waits for an editor to publish it.");
  const waiting = details.getByRole("group", { name: "Waiting for an editor" });
  await expect(waiting).toContainText("readers see the published text until an editor publishes the change");
  await expect(waiting.getByRole("button", { name: "Publish changes" }), "a translator cannot publish").toHaveCount(0);
  await translator.reload();
  await translator.getByRole("button", { name: alt }).click();
  await details.getByLabel("Language").selectOption({ label: "Русский" });
  await expect(details.getByLabel("Caption (Русский)"), "the translator keeps seeing their text").toHaveValue(caption);

  const reader = await browser.newPage();
  const russianPage = `${WEB_URL}/ru/articles/${slugify(title)}`;
  await reader.goto(russianPage);
  await expect(reader.getByRole("img", { name: alt })).toBeVisible();
  await expect(reader.locator("figure.media-image")).not.toContainText(caption);

  // The editor finds it among the changes to publish and publishes it.
  await page.goto(`${EDITOR_URL}/dashboard`);
  const changes = page.getByRole("region", { name: "Changes to publish" });
  const item = changes.getByRole("listitem", { name: `${alt} · Русский` });
  await expect(item).toContainText(caption);
  await expect(item).toContainText("readers still see the published text");
  await item.getByRole("button", { name: "Publish changes" }).click();
  await expect(changes.getByRole("status")).toHaveText(`Published the texts of “${alt}” (Русский): readers see them now.`);
  await expect(item).toHaveCount(0);

  await expect(async () => {
    await reader.goto(russianPage);
    await expect(reader.locator("figure.media-image figcaption")).toContainText(caption, { timeout: 1_000 });
  }).toPass();
});
