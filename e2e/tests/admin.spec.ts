import { slugify } from "@rightsdesk/domain";
import { expect, test } from "./fixtures";
import { createArticle, createUserByApi, EDITOR_URL, signIn, uniqueTitle, WEB_URL } from "./support";

test("an admin changes the translator's role and finds the change in the audit log", async ({ page }) => {
  await signIn(page, "admin");
  // A translator of the test's own: a new role ends the user's sessions, and the demo translator's are other tests'.
  const translator = await createUserByApi(page, "translator");
  await page.getByRole("navigation", { name: "Sections" }).getByRole("link", { name: "Users" }).click();
  const row = page.getByRole("row").filter({ hasText: translator.email });
  await row.getByRole("combobox", { name: `Role of ${translator.name}` }).selectOption("editor");
  await row.getByRole("button", { name: "Change role" }).click();
  // The role's own status, in the Role column: the Access column has one too.
  await expect(row.getByRole("cell").nth(2).getByRole("status")).toHaveText("Role changed");

  await page.getByRole("link", { name: "Audit log" }).click();
  await expect(page.getByRole("heading", { name: "Audit log" })).toBeVisible();
  const entry = page.getByRole("row").filter({ hasText: `${translator.name} (${translator.email}): translator → editor` });
  await expect(entry).toBeVisible();
  await expect(entry.getByRole("cell").nth(1)).toHaveText("Ada Admin");
  await expect(entry.getByRole("cell").nth(2)).toHaveText("Role changed");
  await expect(entry.getByRole("cell").first()).toHaveText(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/);

  await page.getByLabel("Action").selectOption("Article deleted");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/action=article\.delete/);
  await expect(page.getByRole("row").filter({ hasText: "translator → editor" })).toHaveCount(0);
});

test("an admin cannot change their own role", async ({ page }) => {
  await signIn(page, "admin");
  await page.goto(`${EDITOR_URL}/users`);
  const own = page.getByRole("row").filter({ hasText: "admin@rightsdesk.local" });
  await expect(own).toContainText("admin (you)");
  await expect(own.getByRole("combobox")).toHaveCount(0);
});

test("an editor has no audit log or users page, not even by address", async ({ page }) => {
  await signIn(page, "editor");
  const sections = page.getByRole("navigation", { name: "Sections" });
  await expect(sections.getByRole("link", { name: "People" })).toBeVisible();
  await expect(sections.getByRole("link", { name: "Audit log" })).toHaveCount(0);
  await expect(sections.getByRole("link", { name: "Users" })).toHaveCount(0);
  expect((await page.goto(`${EDITOR_URL}/audit`))?.status()).toBe(404);
  expect((await page.goto(`${EDITOR_URL}/users`))?.status()).toBe(404);
  const refused = await page.request.put(`${EDITOR_URL}/api/users/anyone/role`, { data: { role: "admin" } });
  expect(refused.status()).toBe(403);
});

test("an editor deletes a published article after confirming, and readers then get a 404", async ({ page, request }) => {
  await signIn(page, "editor");
  const title = uniqueTitle("Story published by mistake");
  await createArticle(page, title);
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByRole("button", { name: "Unpublish" })).toBeVisible();
  const publicUrl = `${WEB_URL}/en/articles/${slugify(title)}`;
  expect((await request.get(publicUrl)).status()).toBe(200);

  const remove = page.getByRole("button", { name: "Delete this article" });
  await expect(remove).toBeDisabled();
  await page.getByRole("checkbox", { name: "I want to delete this article" }).check();
  await remove.click();
  await expect(page.getByRole("heading", { name: "Articles" })).toBeVisible();
  await expect(page.getByRole("link", { name: title })).toHaveCount(0);
  expect((await request.get(publicUrl)).status()).toBe(404);
});

test("publishing and unpublishing show on the article page and the listing within two seconds", async ({ page, request }) => {
  await signIn(page, "editor");
  const title = uniqueTitle("Lithuania grants asylum");
  await createArticle(page, title);
  const publicUrl = `${WEB_URL}/en/articles/${slugify(title)}`;
  const listed = async () => (await (await request.get(`${WEB_URL}/en`)).text()).includes(title);
  // Both pages are read (and cached) before the change, so what follows proves the cache is refreshed.
  expect((await request.get(publicUrl)).status()).toBe(404);
  expect(await listed()).toBe(false);

  const publication = (transition: "publish" | "unpublish") =>
    page.waitForResponse((response) => response.url().endsWith("/versions/en/workflow") && response.request().postDataJSON()?.transition === transition);

  const published = publication("publish");
  await page.getByRole("button", { name: "Publish" }).click();
  expect((await published).ok()).toBe(true);
  await expect.poll(async () => (await request.get(publicUrl)).status(), { timeout: 2_000, intervals: [100] }).toBe(200);
  await expect.poll(listed, { timeout: 2_000, intervals: [100] }).toBe(true);

  const unpublished = publication("unpublish");
  await page.getByRole("button", { name: "Unpublish" }).click();
  expect((await unpublished).ok()).toBe(true);
  await expect.poll(async () => (await request.get(publicUrl)).status(), { timeout: 2_000, intervals: [100] }).toBe(404);
  await expect.poll(listed, { timeout: 2_000, intervals: [100] }).toBe(false);
});

test("the public site refuses a revalidation without the shared secret", async ({ request }) => {
  const tags = { tags: ["articles:en"] };
  expect((await request.post(`${WEB_URL}/api/revalidate`, { data: tags })).status()).toBe(401);
  const wrong = await request.post(`${WEB_URL}/api/revalidate`, { data: tags, headers: { "x-revalidate-secret": "not-the-secret-at-all" } });
  expect(wrong.status()).toBe(401);
  expect(await wrong.json()).toEqual({ error: "Not authorised to revalidate." });
});
