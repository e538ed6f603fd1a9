import { slugify } from "@rightsdesk/domain";
import { expect, type Page, test } from "./fixtures";
import { createArticle, EDITOR_URL, saveState, signIn, uniqueTitle, WEB_URL } from "./support";

const body = (page: Page) => page.getByRole("textbox", { name: "Body" });

async function publish(page: Page) {
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByText("Published: readers can see this version now.")).toBeVisible();
}

test("changing a published article's slug keeps its old address as a permanent redirect to the new one", async ({ page, browser }) => {
  await signIn(page, "editor");
  const title = uniqueTitle("Poland grants asylum to Igor Kononko");
  const oldSlug = slugify(title);
  await createArticle(page, title);
  await publish(page);

  const slugField = page.getByLabel("Slug");
  await expect(slugField).toHaveValue(oldSlug);
  const newSlug = `${oldSlug}-asylum`;
  await slugField.fill(newSlug);
  await page.getByRole("button", { name: "Change address" }).click();
  await expect(page.getByText("Address changed.")).toBeVisible();
  await expect(page.getByRole("link", { name: `${WEB_URL}/en/articles/${newSlug}` })).toBeVisible();
  // The old addresses are folded away until asked for.
  const oldAddresses = page.getByRole("button", { name: "Old addresses that redirect here (1)" });
  await expect(oldAddresses).toHaveAttribute("aria-expanded", "false");
  await expect(page.getByText(oldSlug, { exact: true })).toBeHidden();
  await oldAddresses.click();
  await expect(oldAddresses).toHaveAttribute("aria-expanded", "true");
  await expect(page.getByText(oldSlug, { exact: true })).toBeVisible();

  // "Suggest from title" puts back the slug made from the title, which is this article's own old one.
  await page.getByRole("button", { name: "Suggest from title" }).click();
  await expect(slugField).toHaveValue(oldSlug);

  const reader = await browser.newPage();
  const redirect = await reader.request.get(`${WEB_URL}/en/articles/${oldSlug}`, { maxRedirects: 0 });
  expect(redirect.status()).toBe(308);
  expect(redirect.headers().location).toMatch(new RegExp(`/en/articles/${newSlug}$`));
  await reader.goto(`${WEB_URL}/en/articles/${oldSlug}`);
  await expect(reader).toHaveURL(`${WEB_URL}/en/articles/${newSlug}`);
  await expect(reader.getByRole("heading", { level: 1, name: title })).toBeVisible();
});

test("a malformed slug is refused with a message at the field", async ({ page }) => {
  await signIn(page, "editor");
  await createArticle(page, uniqueTitle("Hearing in Vilnius"));
  await page.getByLabel("Slug").fill("Not A Slug!");
  await page.getByRole("button", { name: "Change address" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "lowercase latin letters" })).toBeVisible();
  await expect(page.getByLabel("Slug")).toHaveAttribute("aria-invalid", "true");
});

test("a statement inserted through the slash menu is published as a cited quote with a numbered source", async ({ page, browser }) => {
  await signIn(page, "editor");
  const title = uniqueTitle("Open Dialog condemns the arrest");
  await createArticle(page, title);

  await body(page).click();
  // insertText puts a run of text in at once; only the keys that trigger something are typed.
  await page.keyboard.insertText("The foundation reacted within hours.");
  await page.keyboard.press("Enter");
  await page.keyboard.type("/sta");
  const menu = page.getByRole("listbox", { name: "Insert a block" });
  await expect(menu.getByRole("option")).toHaveText(["Statement"]);
  await expect(menu.getByRole("option", { name: "Statement" })).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("Enter");

  const dialog = page.getByRole("dialog", { name: "Insert a statement" });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Insert statement" }).click();
  await expect(dialog.getByText("Name the organisation that made the statement")).toBeVisible();
  await dialog.getByLabel("Organisation").fill("Open Dialog Foundation");
  await dialog.getByLabel("Date of the statement").fill("2024-03-05");
  await dialog.getByLabel("Source address").fill("https://en.odfoundation.eu/statement-arrest");
  await dialog.getByLabel("Quoted text").fill("We demand his immediate release.");
  await dialog.getByRole("button", { name: "Insert statement" }).click();
  await expect(dialog).toBeHidden();
  await expect(body(page).locator("figure.statement blockquote")).toHaveText("We demand his immediate release.");
  await expect(body(page).locator("figure.statement cite")).toHaveText("Open Dialog Foundation");

  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(saveState(page)).toContainText("All changes saved");
  await publish(page);

  const reader = await browser.newPage();
  await reader.goto(`${WEB_URL}/en/articles/${slugify(title)}`);
  const quote = reader.locator("figure.statement blockquote");
  await expect(quote).toHaveAttribute("cite", "https://en.odfoundation.eu/statement-arrest");
  await expect(quote).toHaveText("We demand his immediate release.");
  await expect(reader.locator("figure.statement figcaption cite")).toHaveText("Open Dialog Foundation");
  await expect(reader.locator("figure.statement time")).toHaveAttribute("datetime", "2024-03-05");
  await expect(reader.locator("figure.statement time")).toHaveText("March 5, 2024");

  const sources = reader.getByRole("region", { name: "Sources" });
  await expect(sources.getByRole("listitem")).toHaveCount(1);
  await expect(sources.getByRole("link", { name: "https://en.odfoundation.eu/statement-arrest" })).toHaveAttribute(
    "href",
    "https://en.odfoundation.eu/statement-arrest",
  );
  await reader.getByRole("link", { name: "Source 1" }).click();
  await expect(reader).toHaveURL(/#source-1$/);
  await sources.getByRole("link", { name: "Back to the statement" }).click();
  await expect(reader).toHaveURL(/#ref-1$/);
});

test("a statement's organisation is suggested from the registry as it is typed, and a registry name links the statement to it", async ({ page }) => {
  await signIn(page, "editor");
  const name = uniqueTitle("Kestrel Rights Watch");
  const response = await page.request.post(`${EDITOR_URL}/api/organisations`, { data: { name, kind: "ngo", slug: "" } });
  expect(response.status(), await response.text()).toBe(200);
  const organisation = (await response.json()) as { id: string };
  await createArticle(page, uniqueTitle("A watchdog condemns the verdict"));

  async function insertStatement(organisationName: string, quote: string) {
    await body(page).click();
    await page.keyboard.press("Control+End");
    await page.getByRole("button", { name: "Statement", exact: true }).click();
    const dialog = page.getByRole("dialog", { name: "Insert a statement" });
    await dialog.getByLabel("Organisation").fill(organisationName);
    await dialog.getByLabel("Source address").fill("https://example.org/statement");
    await dialog.getByLabel("Quoted text").fill(quote);
    await dialog.getByRole("button", { name: "Insert statement" }).click();
    await expect(dialog).toBeHidden();
    return body(page).locator("figure.statement").filter({ hasText: quote });
  }

  // The page no longer carries the registry's organisations: the field asks the server as the writer types.
  await page.getByRole("button", { name: "Statement", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Insert a statement" });
  await expect(dialog.locator("datalist option")).toHaveCount(0);
  await dialog.getByLabel("Organisation").fill(name.slice(0, 12).toLowerCase());
  // The browser shows a datalist's suggestions itself, outside the page: the list holds the registry's name.
  await expect(dialog.locator(`datalist option[value="${name}"]`)).toHaveCount(1);
  await dialog.getByRole("button", { name: "Cancel" }).click();

  // Typed in other letters' case, it is still the registry's organisation, under the registry's spelling.
  const linked = await insertStatement(name.toUpperCase(), "The verdict ignores the evidence.");
  await expect(linked).toHaveAttribute("data-organisation-id", organisation.id);
  await expect(linked.locator("cite")).toHaveText(name);
  // A name the registry does not hold is kept as written, linked to nothing.
  const unlisted = uniqueTitle("Unlisted Collective");
  const free = await insertStatement(unlisted, "We stand with the defendants.");
  await expect(free.locator("cite")).toHaveText(unlisted);
  await expect(free).not.toHaveAttribute("data-organisation-id", /.+/);
});

test("the word count follows the typing and the shortcuts open from the keyboard", async ({ page }) => {
  await signIn(page, "editor");
  await createArticle(page, uniqueTitle("Word count"));
  await expect(page.getByText("0 words")).toBeVisible();

  await body(page).click();
  await page.keyboard.insertText("Three words here");
  await expect(page.getByText("3 words · under a minute to read")).toBeVisible();
  await page.keyboard.insertText(" and two");
  await expect(page.getByText("5 words · under a minute to read")).toBeVisible();

  // The toolbar follows the writing: undo once there is a step to undo, bold while the text typed is bold.
  const toolbar = page.getByRole("toolbar", { name: "Formatting" });
  await expect(toolbar.getByRole("button", { name: "Undo" })).toBeEnabled();
  await expect(toolbar.getByRole("button", { name: "Bold", exact: true, pressed: false })).toBeVisible();
  await page.keyboard.press("Control+B");
  await page.keyboard.insertText(" in bold");
  await expect(toolbar.getByRole("button", { name: "Bold", exact: true, pressed: true })).toBeVisible();
  await expect(page.getByText("7 words · under a minute to read")).toBeVisible();

  await page.keyboard.press("Control+/");
  const dialog = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("row", { name: /Bold/ })).toContainText("Ctrl+B");
  await expect(dialog.getByRole("row", { name: /Insert a block/ })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();

  // Outside a text field, "?" opens the list too.
  await page.getByRole("heading", { level: 1 }).click();
  await page.keyboard.press("Shift+?");
  await expect(dialog).toBeVisible();
});

test("the slash menu filters as you type and closes on Escape, leaving the text", async ({ page }) => {
  await signIn(page, "editor");
  await createArticle(page, uniqueTitle("Slash menu"));
  await body(page).click();
  await page.keyboard.type("/");
  const menu = page.getByRole("listbox", { name: "Insert a block" });
  await expect(menu.getByRole("option")).toHaveCount(7);
  await page.keyboard.type("head");
  await expect(menu.getByRole("option")).toHaveText(["Heading 2", "Heading 3"]);
  await page.keyboard.press("ArrowDown");
  await expect(menu.getByRole("option", { name: "Heading 3" })).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("Escape");
  await expect(menu).toBeHidden();
  await expect(body(page)).toHaveText("/head");

  await page.keyboard.press("Enter");
  await page.keyboard.type("/h3");
  await page.keyboard.press("Enter");
  await page.keyboard.insertText("Timeline");
  await expect(body(page).getByRole("heading", { level: 3, name: "Timeline" })).toBeVisible();
});
