import { slugify } from "@rightsdesk/domain";
import { expect, type Locator, type Page, test } from "./fixtures";
import { createArticle, EDITOR_URL, EMBEDDED_DATABASE_TOO, saveState, signIn, uniqueTitle, WEB_URL } from "./support";

const body = (page: Page) => page.getByRole("textbox", { name: "Body" });
const sourceText = (page: Page) => page.getByRole("document", { name: "English source text" });

/** Where a block's text starts on screen: alignment space above it is part of its box, not of its text. */
const textTop = (locator: Locator) =>
  locator.evaluate((element) => element.getBoundingClientRect().top + Number.parseFloat(getComputedStyle(element).paddingTop));

/** How far apart the text of source block `s` and translation block `t` start. */
async function misalignment(page: Page, s: number, t: number): Promise<number> {
  return Math.abs((await textTop(sourceText(page).getByRole("paragraph").nth(s))) - (await textTop(body(page).getByRole("paragraph").nth(t))));
}

/**
 * Clicks into a paragraph and moves the caret to its end. ProseMirror may settle the click's caret a
 * moment after the mouse is up, so End is pressed until the caret is really at the end.
 */
async function caretToEnd(page: Page, paragraph: Locator) {
  await paragraph.click();
  await expect
    .poll(async () => {
      await page.keyboard.press("End");
      return paragraph.evaluate((element) => {
        const selection = getSelection();
        if (!selection?.focusNode || !element.contains(selection.focusNode)) return false;
        const rest = document.createRange();
        rest.selectNodeContents(element);
        rest.setStart(selection.focusNode, selection.focusOffset);
        return rest.toString() === "";
      });
    })
    .toBe(true);
}

/**
 * Replaces the text of one paragraph of the body, as a translator does: a triple click selects all of it (however
 * many lines it wraps to in its column), then the translation is typed over it.
 */
async function typeOver(page: Page, paragraph: Locator, text: string) {
  const whole = (await paragraph.textContent()) ?? "";
  await paragraph.click({ clickCount: 3 });
  await expect.poll(() => page.evaluate(() => getSelection()?.toString() ?? "")).toBe(whole);
  await page.keyboard.insertText(text);
}

async function save(page: Page) {
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(saveState(page)).toContainText("All changes saved");
}

async function publish(page: Page) {
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(page.getByText("Published: readers can see this version now.")).toBeVisible();
}

test("the translation desk from request to republished translation, with readers told in between", EMBEDDED_DATABASE_TOO, async ({ browser }) => {
  // Three people and the public site, one after the other.
  test.slow();
  const editor = await (await browser.newContext()).newPage();
  await signIn(editor, "editor");
  const title = uniqueTitle("Poland refuses to extradite a Belarusian activist");
  const articleUrl = await createArticle(editor, title);
  const articleId = new URL(articleUrl).pathname.split("/")[2];
  const slug = slugify(title);
  const russianTitle = `Польша отказалась выдать белорусского активиста ${title.split(" ").at(-1)}`;

  // The English source: two paragraphs, published.
  await body(editor).click();
  await editor.keyboard.insertText("The activist was detained in Warsaw at Belarus's request.");
  await editor.keyboard.press("Enter");
  await editor.keyboard.insertText("The regional court refused the extradition.");
  await save(editor);
  await publish(editor);

  // The editor asks for Russian, with a due date and a translator.
  const request = editor.getByRole("form", { name: "Request translations" });
  await request.getByLabel("Русский").check();
  await request.getByLabel("Due date (UTC)").fill("2030-03-01");
  await request.getByLabel("Translator").selectOption({ label: "Taras Translator" });
  await request.getByRole("button", { name: "Request translations" }).click();
  await expect(request.getByRole("status")).toHaveText("Requested: Русский.");

  // The translator finds it among their assignments and translates beside the source.
  const translator = await (await browser.newContext()).newPage();
  await signIn(translator, "translator");
  await translator.goto(`${EDITOR_URL}/translations`);
  const assignment = translator.getByRole("region", { name: "My assignments" }).getByRole("row").filter({ hasText: title });
  await expect(assignment).toContainText("Русский");
  await expect(assignment).toContainText("due 1 Mar 2030");
  await assignment.getByRole("link", { name: title }).click();
  const source = sourceText(translator);
  await expect(source.getByRole("paragraph")).toHaveText([
    "The activist was detained in Warsaw at Belarus's request.",
    "The regional court refused the extradition.",
  ]);
  await translator.getByLabel("Title", { exact: true }).fill(russianTitle);
  await typeOver(translator, body(translator).getByRole("paragraph").nth(0), "Активиста задержали в Варшаве по запросу Беларуси.");
  await typeOver(translator, body(translator).getByRole("paragraph").nth(1), "Окружной суд отказал в экстрадиции.");
  // Each source paragraph starts level with its translation.
  await expect.poll(() => misalignment(translator, 0, 0)).toBeLessThan(2);
  await expect.poll(() => misalignment(translator, 1, 1)).toBeLessThan(2);
  await save(translator);
  await translator.getByRole("button", { name: "Submit for review" }).click();
  await expect(translator.getByText("Submitted for review.")).toBeVisible();
  await expect(translator.getByRole("button", { name: "Publish", exact: true })).toHaveCount(0);

  // The editor publishes the Russian version; readers get both languages, linked to each other.
  await editor.goto(`${EDITOR_URL}/articles/${articleId}/ru`);
  await editor.getByRole("button", { name: "Approve" }).click();
  await publish(editor);
  const reader = await (await browser.newContext()).newPage();
  await reader.goto(`${WEB_URL}/ru/articles/${slug}`);
  await expect(reader.getByText("Окружной суд отказал в экстрадиции.")).toBeVisible();
  await expect(reader.getByRole("note")).toHaveCount(0);
  const hreflangs = () =>
    reader.locator('head link[rel="alternate"][hreflang]').evaluateAll((links) => links.map((link) => link.getAttribute("hreflang")).sort());
  expect(await hreflangs()).toEqual(["en", "ru", "x-default"]);

  // The editor adds a paragraph to the English source.
  await editor.goto(`${EDITOR_URL}/articles/${articleId}/en`);
  await caretToEnd(editor, body(editor).getByRole("paragraph").filter({ hasText: "The activist was detained in Warsaw" }));
  await editor.keyboard.press("Enter");
  await editor.keyboard.insertText("Interpol had refused to circulate the notice.");
  await save(editor);
  // A save of a live version waits: readers get it when the editor publishes the changes.
  await editor.getByRole("button", { name: "Publish changes" }).click();
  await expect(editor.getByText("Published: readers can see this version now.")).toBeVisible();

  // Readers of the Russian page are told the original changed, with the way to it.
  await expect(async () => {
    await reader.reload();
    await expect(reader.getByRole("note")).toContainText("Оригинал обновлён", { timeout: 1_000 });
  }).toPass({ timeout: 10_000 });
  expect(await hreflangs()).toEqual(["en", "ru", "x-default"]);
  await expect(reader.getByRole("note").getByRole("link", { name: "Читать оригинал" })).toHaveAttribute("href", `/en/articles/${slug}`);

  // The translator sees the translation outdated, what changed, and where.
  await translator.goto(`${EDITOR_URL}/translations`);
  await expect(assignment).toContainText("Outdated");
  await assignment.getByRole("link", { name: title }).click();
  const changes = translator.getByRole("region", { name: "Source changed" });
  await changes.getByRole("button", { name: "Source changed", expanded: false }).click();
  await expect(changes.getByRole("region", { name: "Source body" }).getByRole("insertion")).toContainText("Interpol had refused to circulate the notice.");
  await expect(source.getByTitle("Added to the source since this translation was made")).toHaveText("Interpol had refused to circulate the notice.");
  await expect(translator.getByText("1 source block is not in the translation.")).toBeVisible();
  await translator.getByRole("button", { name: "Copy missing blocks into the translation" }).click();
  await expect(body(translator).getByRole("paragraph")).toHaveText([
    "Активиста задержали в Варшаве по запросу Беларуси.",
    "Interpol had refused to circulate the notice.",
    "Окружной суд отказал в экстрадиции.",
  ]);
  await typeOver(translator, body(translator).getByRole("paragraph").nth(1), "Интерпол отказался распространять уведомление.");
  await expect.poll(() => misalignment(translator, 1, 1)).toBeLessThan(2);
  await expect.poll(() => misalignment(translator, 2, 2)).toBeLessThan(2);
  await save(translator);
  const markUpToDate = changes.getByRole("button", { name: "Mark as up to date" });
  await expect(markUpToDate).toBeDisabled();
  await changes.getByLabel("I have reviewed the changes").check();
  await markUpToDate.click();
  await expect(changes).toHaveCount(0);
  await expect(source.getByTitle(/since this translation was made/)).toHaveCount(0);
  // The translation is live, so the update waits for an editor: a translator cannot publish it.
  await expect(translator.getByText("Your later changes wait for an editor to publish them.")).toBeVisible();
  await expect(translator.getByRole("button", { name: /Publish/ })).toHaveCount(0);

  // Meanwhile readers still get the published Russian text, told that the original changed.
  await reader.reload();
  await expect(reader.getByRole("note")).toContainText("Оригинал обновлён");
  await expect(reader.getByText("Интерпол отказался распространять уведомление.")).toHaveCount(0);

  // The editor finds the update waiting on the dashboard and publishes it; readers get it without the notice.
  await editor.getByRole("link", { name: "Translations" }).click();
  await expect(editor.getByRole("link", { name: `${title}, Русский` })).toContainText("Published · changes to publish");
  await editor.getByRole("link", { name: "Dashboard" }).click();
  await editor.getByRole("region", { name: "Changes to publish" }).getByRole("link", { name: russianTitle }).click();
  await expect(body(editor)).toContainText("Интерпол отказался распространять уведомление.");
  await expect(editor.getByText("Later changes are not public until you publish them.")).toBeVisible();
  await editor.getByRole("button", { name: "Publish changes" }).click();
  await expect(editor.getByText("Published: readers can see this version now.")).toBeVisible();
  await expect(editor.getByRole("button", { name: "Publish changes" })).toHaveCount(0);
  await expect(async () => {
    await reader.reload();
    await expect(reader.getByText("Интерпол отказался распространять уведомление.")).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 10_000 });
  await expect(reader.getByRole("note")).toHaveCount(0);
});
