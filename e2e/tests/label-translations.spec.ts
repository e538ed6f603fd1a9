import { type Browser, expect, type Page, test } from "./fixtures";
import { EDITOR_URL, EMBEDDED_DATABASE_TOO, signIn, uniqueTitle } from "./support";

async function signedIn(browser: Browser, role: "editor" | "translator"): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, role);
  return page;
}

async function openLabelsDesk(page: Page, language: string) {
  await page.goto(`${EDITOR_URL}/translations`);
  const labels = page.getByRole("region", { name: "Labels and registry texts" });
  await expect(labels.getByRole("listitem").filter({ hasText: language })).toContainText(/\d+ missing, \d+ outdated/);
  await labels.getByRole("link", { name: language, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Labels and registry texts: ${language}` })).toBeVisible();
}

test("a translator sees a bio whose English changed as outdated, with the changes, and translates it again", async ({ browser }) => {
  const editor = await signedIn(browser, "editor");
  const name = uniqueTitle("Saule Labeltest");
  await editor.goto(`${EDITOR_URL}/people/new`);
  await editor.getByLabel("Name", { exact: true }).fill(name);
  await editor.getByLabel("Biography (English)").fill("A journalist from Almaty.");
  await editor.getByLabel("Biography (Русский)").fill("Журналистка из Алматы.");
  await editor.getByRole("button", { name: "Create person" }).click();
  await expect(editor.getByRole("heading", { level: 1, name })).toBeVisible();
  await editor.getByLabel("Biography (English)").fill("A journalist from Almaty, detained in Warsaw in 2024.");
  await editor.getByRole("button", { name: "Save person" }).click();
  await expect(editor.getByRole("status").filter({ hasText: "Person saved" })).toBeVisible();
  await editor.reload();
  await expect(editor.getByRole("group", { name: "Biography" }).getByText("The English biography changed since this translation was made.")).toHaveCount(1);

  const translator = await signedIn(browser, "translator");
  await openLabelsDesk(translator, "Russian");
  await translator.getByLabel(/^Show only missing or outdated texts/).check();
  const bio = translator.getByRole("region", { name: `${name} Biography` });
  await expect(bio.getByText("outdated", { exact: true })).toBeVisible();
  const changes = bio.getByRole("region", { name: "English text since the translation" });
  await expect(changes.locator("ins")).toContainText("detained in Warsaw in 2024.");
  await expect(bio.getByRole("button", { name: "Mark as up to date" })).toBeDisabled();

  await bio.getByLabel(`Russian biography of ${name}`).fill("Журналистка из Алматы, задержанная в Варшаве в 2024 году.");
  await bio.getByRole("button", { name: "Save", exact: true }).click();
  await expect(bio.getByRole("status")).toHaveText("Translation saved");
  await expect(bio.getByText("up to date", { exact: true })).toBeVisible();
  await expect(bio.getByRole("region", { name: "English text since the translation" })).toHaveCount(0);

  await translator.reload();
  await expect(translator.getByLabel(`Russian biography of ${name}`)).toHaveValue("Журналистка из Алматы, задержанная в Варшаве в 2024 году.");
  await Promise.all([editor.context().close(), translator.context().close()]);
});

test("a translator adds a tag label missing in their language", async ({ browser }) => {
  const translator = await signedIn(browser, "translator");
  await openLabelsDesk(translator, "Polish");
  // The seed has this topic in English and Russian only; no other spec translates it.
  const tag = translator.getByRole("region", { name: "Interpol notices Topic" });
  await expect(tag.getByText("missing", { exact: true })).toBeVisible();
  await tag.getByLabel("Polish label for Interpol notices").fill("Noty Interpolu");
  await tag.getByRole("button", { name: "Save", exact: true }).click();
  await expect(tag.getByRole("status")).toHaveText("Translation saved");
  await expect(tag.getByText("up to date", { exact: true })).toBeVisible();
  await translator.context().close();
});

test("of two translators saving one biography, the second is told, sees the first one's text and keeps their own", EMBEDDED_DATABASE_TOO, async ({ browser }) => {
  const editor = await signedIn(browser, "editor");
  const name = uniqueTitle("Dana Conflicttest");
  await editor.goto(`${EDITOR_URL}/people/new`);
  await editor.getByLabel("Name", { exact: true }).fill(name);
  await editor.getByLabel("Biography (English)").fill("A lawyer from Shymkent.");
  await editor.getByRole("button", { name: "Create person" }).click();
  await expect(editor.getByRole("heading", { level: 1, name })).toBeVisible();

  const [first, second] = await Promise.all([signedIn(browser, "translator"), signedIn(browser, "translator")]);
  for (const translator of [first, second]) await openLabelsDesk(translator, "German");
  const field = `German biography of ${name}`;
  const bioOf = (page: Page) => page.getByRole("region", { name: `${name} Biography` });

  await bioOf(first).getByLabel(field).fill("Eine Anwältin aus Schymkent.");
  await bioOf(first).getByRole("button", { name: "Save", exact: true }).click();
  await expect(bioOf(first).getByRole("status")).toHaveText("Translation saved");

  const bio = bioOf(second);
  await bio.getByLabel(field).fill("Rechtsanwältin aus Schymkent.");
  await bio.getByRole("button", { name: "Save", exact: true }).click();
  await expect(bio.getByRole("alert")).toContainText("Someone else saved this translation while you were writing.");
  await expect(bio.getByRole("region", { name: "Saved meanwhile by someone else" })).toContainText("Eine Anwältin aus Schymkent.");
  await expect(bio.getByLabel(field)).toHaveValue("Rechtsanwältin aus Schymkent.");

  // Having seen the other text, the translator keeps theirs.
  await bio.getByRole("button", { name: "Save", exact: true }).click();
  await expect(bio.getByRole("status")).toHaveText("Translation saved");
  await expect(bio.getByRole("region", { name: "Saved meanwhile by someone else" })).toHaveCount(0);
  await first.reload();
  await expect(bioOf(first).getByLabel(field)).toHaveValue("Rechtsanwältin aus Schymkent.");
  await Promise.all([editor, first, second].map((page) => page.context().close()));
});
