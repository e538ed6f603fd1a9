import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { slugify } from "@rightsdesk/domain";
import { expect, test } from "./fixtures";
import { createArticle, EDITOR_URL, EMBEDDED_DATABASE_TOO, saveState, signIn, uniqueTitle, WEB_URL } from "./support";

/** A 640×400 PNG (a drawing of a court building), uploaded under a .jpg name: its bytes decide. */
const photo = fileURLToPath(new URL("../fixtures/courthouse.png", import.meta.url));

test("a file that is not an image is refused with a clear message", async ({ page }) => {
  await signIn(page, "editor");
  await page.getByRole("link", { name: "Media", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Media library" })).toBeVisible();
  await page.getByLabel("Image or video file").setInputFiles({ name: "protest.jpg", mimeType: "image/jpeg", buffer: Buffer.from("Just some text, not a photo.") });
  await page.getByRole("button", { name: "Upload", exact: true }).click();
  const problem = page.getByRole("form", { name: "Upload media" }).getByRole("alert");
  await expect(problem).toContainText("This file is not an image or video we accept");
  await expect(problem).toContainText("Its contents were checked, not its name.");
});

test("an editor uploads an image, must give it alt text before inserting it, and readers get it sized and lazy", EMBEDDED_DATABASE_TOO, async ({ page, browser }) => {
  await signIn(page, "editor");
  const title = uniqueTitle("Hearing in Aix-en-Provence");
  const alt = `The court building in Aix-en-Provence ${Date.now().toString(36)}`;
  await createArticle(page, title);
  await page.getByRole("textbox", { name: "Body" }).click();
  await page.keyboard.type("The hearing took place this morning.");

  await page.getByRole("button", { name: "Insert media" }).click();
  const dialog = page.getByRole("dialog", { name: "Insert media" });
  await dialog.getByRole("button", { name: "Upload a new file" }).click();
  await dialog.getByLabel("Image or video file").setInputFiles({ name: "courthouse.jpg", mimeType: "image/jpeg", buffer: await readFile(photo) });
  await dialog.getByLabel("Credit").fill("Photo: RightsDesk");
  await dialog.getByRole("button", { name: "Upload", exact: true }).click();
  await expect(dialog.getByRole("button", { name: /No English alt text/, pressed: true })).toBeVisible();

  await dialog.getByRole("button", { name: "Insert", exact: true }).click();
  await expect(dialog.getByRole("alert")).toContainText("This image has no alt text in English.");
  await dialog.getByLabel("Alt text (English)").fill(alt);
  await dialog.getByRole("button", { name: "Save alt text" }).click();
  await expect(dialog.getByRole("alert")).toHaveCount(0);
  await dialog.getByRole("button", { name: "Insert", exact: true }).click();
  await expect(dialog).toBeHidden();
  // The editor shows the picture itself, served to signed-in users by the editor.
  const preview = page.getByRole("textbox", { name: "Body" }).locator("figure[data-media-image] img");
  await expect(preview).toBeVisible();
  await expect.poll(() => preview.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);

  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(saveState(page)).toContainText("All changes saved");

  const reader = await browser.newPage();
  const articleUrl = `${WEB_URL}/en/articles/${slugify(title)}`;
  expect((await reader.goto(articleUrl))?.status(), "a draft is not visible").toBe(404);

  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByText("Published: readers can see this version now.")).toBeVisible();

  await reader.goto(articleUrl);
  const image = reader.getByRole("img", { name: alt });
  await expect(image).toBeVisible();
  await expect(image).toHaveAttribute("width", "640");
  await expect(image).toHaveAttribute("height", "400");
  await expect(image).toHaveAttribute("loading", "lazy");
  await expect(image).toHaveAttribute("srcset", /\/media\/[0-9a-f]{32}\/w320\.webp 320w/);
  await expect(reader.locator("figure.media-image figcaption small")).toHaveText("Photo: RightsDesk");
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);

  const src = await image.getAttribute("src");
  const file = await reader.request.get(`${WEB_URL}${src}`);
  expect(file.status()).toBe(200);
  expect(file.headers()["content-type"]).toBe("image/webp");
  expect(file.headers()["cache-control"]).toContain("immutable");
  expect((await reader.request.get(`${WEB_URL}/media/..%2F..%2Fpackage.json`)).status()).toBe(404);
  expect((await reader.request.get(`${EDITOR_URL}/api/media`, { maxRedirects: 0 })).status(), "the library is for signed-in users").toBe(401);
});
