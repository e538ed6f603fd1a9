import { expect, type Locator, type Page, test } from "./fixtures";
import { EDITOR_URL, EMBEDDED_DATABASE_TOO, findInList, findSeedArticle, SEED, signIn, uniqueTitle, WEB_URL } from "./support";

/** Chooses a person in a person picker as an editor does: types their name, which the server searches, then picks what it found. */
async function choosePerson(scope: Page | Locator, label: string, name: string) {
  await scope.getByLabel(`Find ${label.toLowerCase()}`).fill(name);
  await scope.getByLabel(label, { exact: true }).selectOption({ label: name });
}

/** Adds a person through the form, as an editor does, and leaves the page on their record. */
async function createPerson(page: Page, name: string, birth = "") {
  await page.goto(`${EDITOR_URL}/`);
  await page.getByRole("link", { name: "People", exact: true }).click();
  await page.getByRole("link", { name: "New person" }).click();
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel(/^Birth date/).fill(birth);
  await page.getByRole("button", { name: "Create person" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  return page.url();
}

test("an editor adds a person with a Cyrillic spelling, makes them public and records a protection", async ({ page }) => {
  await signIn(page, "editor");
  const name = uniqueTitle("Aigerim Testova");
  await page.getByRole("link", { name: "People", exact: true }).click();
  await page.getByRole("link", { name: "New person" }).click();

  await page.getByRole("button", { name: "Create person" }).click();
  await expect(page.getByText("Name is required")).toBeVisible();

  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel(/^Birth date/).fill("1975-03");
  await page.getByLabel("Status", { exact: true }).selectOption({ label: "In exile" });
  await page.getByLabel("Confidentiality").selectOption({ label: "Public" });
  await page.getByLabel(/^Nationalities/).fill("KZ, pl");
  await page.getByLabel(/^Roles/).fill("journalist");
  await page.getByLabel("Biography (English)").fill("A Kazakh journalist who left for Poland.");
  await page.getByLabel("Biography (Русский)").fill("Казахстанская журналистка, уехавшая в Польшу.");
  await page.getByRole("button", { name: "Add a name" }).click();
  const variant = page.getByRole("group", { name: "Name 1" });
  await variant.getByLabel("Name variant").fill("Айгерим Тестова");
  await expect(variant.getByLabel("Script")).toHaveValue("cyrillic");
  await variant.getByLabel("Language").selectOption({ label: "Русский" });
  await variant.getByLabel("Kind").selectOption({ label: "Official spelling" });
  await page.getByLabel("Current location").fill("Warsaw, address known to the desk");
  await page.getByRole("button", { name: "Create person" }).click();

  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("group", { name: "Name 1" }).getByLabel("Name variant")).toHaveValue("Айгерим Тестова");
  await expect(page.getByLabel("Confidentiality")).toHaveValue("public");
  await expect(page.getByLabel(/^Nationalities/)).toHaveValue("KZ, PL");
  await expect(page.getByRole("group", { name: "Internal — never published" }).getByLabel("Current location")).toHaveValue(
    "Warsaw, address known to the desk",
  );
  await expect(page.getByRole("region", { name: "History" })).toContainText("Created by");

  const protection = page.getByRole("form", { name: "Add protection" });
  await protection.getByLabel("Type").selectOption({ label: "Refugee status" });
  await protection.getByLabel(/^Granting state/).fill("PL");
  await protection.getByLabel(/^Date/).fill("1970");
  await protection.getByRole("button", { name: "Add protection" }).click();
  await expect(protection.getByText("A protection cannot be dated before the person's birth (1975-03)")).toBeVisible();

  await protection.getByLabel(/^Date/).fill("2016-11");
  await protection.getByRole("button", { name: "Add protection" }).click();
  const protections = page.getByRole("region", { name: "Protections" });
  await expect(protections.getByRole("row", { name: /Refugee status PL 2016-11 Granted/ })).toBeVisible();

  await protections.getByRole("button", { name: "Edit Refugee status in PL" }).click();
  const edit = page.getByRole("form", { name: "Edit protection" });
  await expect(edit.getByLabel(/^Date/)).toHaveValue("2016-11");
  await edit.getByLabel("Protection status").selectOption({ label: "Refused" });
  await edit.getByRole("button", { name: "Save protection" }).click();
  await expect(protections.getByRole("row", { name: /Refugee status PL 2016-11 Refused/ })).toBeVisible();
  await expect(edit).toHaveCount(0);

  await page.getByRole("link", { name: "People", exact: true }).click();
  await expect(page.getByRole("row", { name: new RegExp(name) })).toContainText("Public");
});

test("an editor opens a case with a timeline event and a person as its subject", async ({ page }) => {
  await signIn(page, "editor");
  const name = uniqueTitle("Daniyar Casetest");
  await createPerson(page, name);
  const title = uniqueTitle("Detention of Daniyar Casetest");

  await page.getByRole("link", { name: "Cases", exact: true }).click();
  await page.getByRole("link", { name: "New case" }).click();
  await page.getByLabel("Title (English)").fill(title);
  await page.getByLabel("Title (Русский)").fill("Задержание Данияра Кейстеста");
  await page.getByLabel("Kind of case").selectOption({ label: "Detention" });
  await page.getByLabel(/^Venue state/).fill("KZ");
  await page.getByRole("button", { name: "Add participant" }).click();
  const participant = page.getByRole("group", { name: "Participant 1" });
  await choosePerson(participant, "Person", name);
  await participant.getByLabel("Role").selectOption({ label: "Subject" });
  await page.getByRole("button", { name: "Add event" }).click();
  const event = page.getByRole("group", { name: "Event 1" });
  await event.getByLabel("Date").fill("2014-03-02");
  await event.getByLabel("Event kind").fill("arrest");
  await event.getByLabel("Description (English)").fill("Arrested in Almaty.");
  await event.getByLabel("Description (Русский)").fill("Задержан в Алматы.");
  await event.getByLabel("Source URL").fill("https://example.org/arrest");
  await page.getByRole("button", { name: "Create case" }).click();

  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("group", { name: "Event 1" }).getByLabel("Date")).toHaveValue("2014-03-02");
  await expect(page.getByRole("group", { name: "Event 1" }).getByLabel("Description (Русский)")).toHaveValue("Задержан в Алматы.");
  await expect(page.getByRole("group", { name: "Participant 1" }).getByLabel("Person", { exact: true }).locator("option:checked")).toHaveText(name);

  await page.getByLabel("Status", { exact: true }).selectOption({ label: "Closed" });
  await page.getByRole("button", { name: "Save case" }).click();
  await expect(page.getByText("A closed case needs an outcome")).toBeVisible();
  await page.getByLabel("Outcome").selectOption({ label: "Released" });
  await page.getByRole("button", { name: "Save case" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Case saved" })).toBeVisible();

  await page.getByRole("link", { name: "Cases", exact: true }).click();
  await expect(page.getByRole("row", { name: new RegExp(title) })).toContainText("Closed");
});

test("an editor links a person to a demo story", async ({ page }) => {
  await signIn(page, "editor");
  const name = uniqueTitle("Nurlan Linktest");
  await createPerson(page, name);

  await findSeedArticle(page);
  await page.getByRole("link", { name: SEED.publishedTitle }).click();
  const links = page.getByRole("complementary", { name: "People and cases in this story" });
  await links.getByRole("button", { name: /^People and cases in this story/ }).click();
  // The picker finds people on the server as the editor types, in any script.
  await links.getByRole("searchbox", { name: "Find a person or case" }).fill(name);
  await links.getByRole("checkbox", { name, exact: true }).check();
  await expect(links.getByText("People and cases saved")).toBeVisible();

  await page.reload();
  await links.getByRole("button", { name: /^People and cases in this story/ }).click();
  await expect(links.getByRole("checkbox", { name, exact: true })).toBeChecked();
});

test("a translator can read the registry but not add to it", async ({ page }) => {
  await signIn(page, "translator");
  await page.getByRole("link", { name: "People", exact: true }).click();
  await expect(page.getByRole("heading", { name: "People" })).toBeVisible();
  await expect(page.getByRole("link", { name: "New person" })).toHaveCount(0);

  const response = await page.request.post(`${EDITOR_URL}/api/people`, { data: { name: uniqueTitle("Not allowed") } });
  expect(response.status()).toBe(403);
  expect(await response.json()).toEqual({ error: "Only editors and admins may change the registry." });

  await page.goto(`${EDITOR_URL}/people/new`);
  await expect(page.getByText("Only editors and admins may add people to the registry.")).toBeVisible();
});

test("a save over someone else's newer save is refused and the form keeps its text", async ({ page }) => {
  await signIn(page, "editor");
  const url = await createPerson(page, uniqueTitle("Saule Conflicttest"));
  const second = await page.context().newPage();
  await second.goto(url);

  await page.getByLabel(/^Roles/).fill("lawyer");
  await page.getByRole("button", { name: "Save person" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Person saved" })).toBeVisible();

  const bio = "Text the second editor must not lose.";
  await second.getByLabel("Biography (English)").fill(bio);
  await second.getByRole("button", { name: "Save person" }).click();
  await expect(second.getByRole("alert").filter({ hasText: "Someone else saved this person" })).toBeVisible();
  await expect(second.getByLabel("Biography (English)")).toHaveValue(bio);

  await page.reload();
  await expect(page.getByRole("region", { name: "History" })).toContainText("roles: — → lawyer");
  await expect(page.getByLabel("Biography (English)")).toHaveValue("");
});

test("an editor merges a duplicate record into a person and keeps its spelling", async ({ page }) => {
  await signIn(page, "editor");
  const duplicateName = uniqueTitle("Bolat Mergetestov");
  const duplicateUrl = await createPerson(page, duplicateName);
  const survivorName = uniqueTitle("Bolat Mergetest");
  const survivorUrl = await createPerson(page, survivorName);

  await choosePerson(page, "Duplicate person", duplicateName);
  await expect(page.getByRole("button", { name: "Merge into this person" })).toBeDisabled();
  await expect(page.getByRole("status").filter({ hasText: "Nothing of the duplicate would become public." })).toBeVisible();
  await page.getByRole("checkbox", { name: "I have checked that both records are the same person" }).check();
  await page.getByRole("button", { name: "Merge into this person" }).click();

  await expect(page.getByRole("group", { name: "Name 1" }).getByLabel("Name variant")).toHaveValue(duplicateName);
  await expect(page.getByRole("group", { name: "Name 1" }).getByLabel("Kind")).toHaveValue("former");
  expect(page.url()).toBe(survivorUrl);
  await expect(page.getByRole("region", { name: "History" })).toContainText("Merged by");
  const gone = await page.goto(duplicateUrl);
  expect(gone?.status()).toBe(404);
});

test("merging an internal record into a public person lists what readers would see and needs a second, explicit yes", EMBEDDED_DATABASE_TOO, async ({ page }) => {
  await signIn(page, "editor");
  const hiddenName = uniqueTitle("Zhanna Hiddenova");
  await createPerson(page, hiddenName);
  await page.getByLabel(/^Nationalities/).fill("LT");
  await page.getByRole("button", { name: "Save person" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Person saved" })).toBeVisible();
  const survivorName = uniqueTitle("Zhanna Publicova");
  await createPerson(page, survivorName);
  await page.getByLabel("Confidentiality").selectOption({ label: "Public" });
  await page.getByRole("button", { name: "Save person" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Person saved" })).toBeVisible();
  await page.reload();

  await choosePerson(page, "Duplicate person", hiddenName);
  const warning = page.getByRole("region", { name: "This would make internal details public" });
  await expect(warning.getByRole("listitem")).toHaveText([`Name: ${hiddenName}`, "Nationality: LT"]);
  await page.getByRole("checkbox", { name: "I have checked that both records are the same person" }).check();
  const merge = page.getByRole("button", { name: "Merge into this person" });
  await expect(merge).toBeDisabled();
  await warning.getByRole("checkbox", { name: "Make these details public" }).check();
  await merge.click();

  await expect(page.getByLabel(/^Nationalities/)).toHaveValue("LT");
  await expect(page.getByRole("region", { name: "History" })).toContainText("Merged by");
});

test("an editor adds an organisation and corrects its website", async ({ page }) => {
  await signIn(page, "editor");
  const name = uniqueTitle("Bureau Testorg");
  await page.getByRole("link", { name: "Organisations", exact: true }).click();
  const form = page.getByRole("form", { name: "New organisation" });
  await form.getByLabel("Name").fill(name);
  await form.getByLabel("Kind").selectOption({ label: "NGO" });
  await form.getByLabel(/^Country/).fill("fr");
  await form.getByLabel("Website").fill("javascript:alert(1)");
  await form.getByRole("button", { name: "Create organisation" }).click();
  await expect(form.getByText("Enter a web address starting with http:// or https://")).toBeVisible();

  await form.getByLabel("Website").fill("https://example.org/bureau");
  await form.getByRole("button", { name: "Create organisation" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await page.getByLabel("Website").fill("https://example.org/bureau-fr");
  await page.getByRole("button", { name: "Save organisation" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Organisation saved" })).toBeVisible();

  await page.getByRole("link", { name: "Organisations", exact: true }).click();
  await expect(page.getByRole("row", { name: new RegExp(name) })).toContainText("NGO");
  await expect(page.getByRole("row", { name: new RegExp(name) })).toContainText("https://example.org/bureau-fr");
});

test("of two saves of one organisation opened at the same version, the second is refused and keeps what was typed", async ({ page }) => {
  await signIn(page, "editor");
  const name = uniqueTitle("Conflict Watch");
  await page.getByRole("link", { name: "Organisations", exact: true }).click();
  const form = page.getByRole("form", { name: "New organisation" });
  await form.getByLabel("Name").fill(name);
  await form.getByRole("button", { name: "Create organisation" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  const other = await page.context().newPage();
  await other.goto(page.url());

  await page.getByLabel("Website").fill("https://example.org/first");
  await page.getByRole("button", { name: "Save organisation" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Organisation saved" })).toBeVisible();

  await other.getByLabel("Name").fill(`${name} Renamed`);
  await other.getByRole("button", { name: "Save organisation" }).click();
  await expect(other.getByRole("alert").filter({ hasText: "Someone else saved this organisation after you opened it" })).toBeVisible();
  await expect(other.getByLabel("Name")).toHaveValue(`${name} Renamed`);

  await other.reload();
  await expect(other.getByLabel("Name")).toHaveValue(name);
  await expect(other.getByLabel("Website")).toHaveValue("https://example.org/first");
});

test("a translator writes a person's Russian biography, which the public site shows, but not the English one", async ({ page }) => {
  await signIn(page, "translator");
  await findInList(page, "people", "Igor Kononko");
  await page.getByRole("link", { name: "Igor Kononko", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Igor Kononko" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Articles that mention this person" }).getByRole("row")).not.toHaveCount(0);

  const bio = `Проверка перевода ${Date.now().toString(36)}.`;
  const russian = page.getByRole("form", { name: "Biography translation (Русский)" });
  await russian.getByLabel("Biography translation (Русский)").fill(bio);
  await russian.getByRole("button", { name: "Save translation" }).click();
  await expect(russian.getByRole("status").filter({ hasText: "Translation saved" })).toBeVisible();
  await expect(page.getByRole("form", { name: /Biography translation \(English\)/ })).toHaveCount(0);

  const publicPage = await page.context().newPage();
  await publicPage.goto(`${WEB_URL}/ru/people/igor-kononko`);
  await expect(publicPage.getByText(bio)).toBeVisible();

  const personId = new URL(page.url()).pathname.split("/").pop();
  const response = await page.request.put(`${EDITOR_URL}/api/people/${personId}/bio/en`, { data: { text: "Changed by a translator", previousTranslation: "" } });
  expect(response.status()).toBe(403);
  expect(await response.json()).toEqual({ error: "Translators may edit translations only, not the source-language version." });
});

test("a translator translates a case's timeline event", async ({ page }) => {
  await signIn(page, "translator");
  await findInList(page, "cases", "Extradition of Mukhtar Ablyazov from France");
  await page.getByRole("link", { name: "Extradition of Mukhtar Ablyazov from France" }).click();
  const ukrainian = page.getByRole("region", { name: "2013-07-31 · arrest" }).getByRole("form", { name: "Description translation (Українська)" });
  const description = `Його заарештовано у Франції ${Date.now().toString(36)}.`;
  await ukrainian.getByLabel("Description translation (Українська)").fill(description);
  await ukrainian.getByRole("button", { name: "Save translation" }).click();
  await expect(ukrainian.getByRole("status").filter({ hasText: "Translation saved" })).toBeVisible();
  await page.reload();
  await expect(ukrainian.getByLabel("Description translation (Українська)")).toHaveValue(description);
});

test("an editor deletes a person only after confirming, and the list no longer has them", async ({ page }) => {
  await signIn(page, "editor");
  const name = uniqueTitle("Entered By Mistake");
  await createPerson(page, name);
  const remove = page.getByRole("button", { name: "Delete this person" });
  await expect(remove).toBeDisabled();
  await page.getByRole("checkbox", { name: "I want to delete this person" }).check();
  await remove.click();
  await expect(page).toHaveURL(`${EDITOR_URL}/people`);
  await expect(page.getByRole("heading", { level: 1, name: "People" })).toBeVisible();
  await expect(page.getByRole("link", { name })).toHaveCount(0);
});

test("a renamed person's old address answers with a permanent redirect to the new one", async ({ page }) => {
  await signIn(page, "editor");
  // A person of this test's own, so that no other test's records can match the name or the address.
  const name = uniqueTitle("Tatiana Renamova");
  await createPerson(page, name);
  await page.getByLabel("Confidentiality").selectOption({ label: "Public" });
  await page.getByRole("button", { name: "Save person" }).click();
  await expect(page.getByText("Person saved")).toBeVisible();
  const oldSlug = await page.getByLabel("Slug (address, optional)").inputValue();
  const first = await page.request.get(`${WEB_URL}/en/people/${oldSlug}`);
  expect(first.status()).toBe(200);

  const newSlug = `${oldSlug}-renamed`;
  await page.getByLabel("Slug (address, optional)").fill(newSlug);
  await page.getByRole("button", { name: "Save person" }).click();
  await expect(page.getByText("Person saved")).toBeVisible();

  const old = await page.request.get(`${WEB_URL}/en/people/${oldSlug}`, { maxRedirects: 0 });
  expect(old.status()).toBe(308);
  expect(old.headers().location).toMatch(new RegExp(`/en/people/${newSlug}$`));
  const current = await page.request.get(`${WEB_URL}/en/people/${newSlug}`);
  expect(current.status()).toBe(200);
});
