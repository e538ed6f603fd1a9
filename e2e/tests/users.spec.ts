import { expect, type Page, test } from "./fixtures";
import { createUserByApi, EDITOR_URL, EMBEDDED_DATABASE_TOO, signIn, signInWith, uniqueEmail } from "./support";

/** The sign-in form's own alert (Next's route announcer is an alert too). */
const signInAlert = (page: Page) => page.locator("form").getByRole("alert");

test("an admin adds a user, who signs in with the first password, changes it, and the old one is refused", EMBEDDED_DATABASE_TOO, async ({ page, browser }) => {
  await signIn(page, "admin");
  await page.getByRole("navigation", { name: "Sections" }).getByRole("link", { name: "Users" }).click();
  const form = page.getByRole("form", { name: "Add a user" });
  const email = uniqueEmail("newcomer");
  await form.getByLabel("Name").fill("Nadia Newcomer");
  // Typed carelessly: the address is stored trimmed and in lower case.
  await form.getByLabel("Email").fill(`  ${email.toUpperCase()} `);
  await form.getByLabel("Role").selectOption("translator");
  await form.getByRole("button", { name: "Generate a password" }).click();
  const firstPassword = await form.getByLabel(/First password/).inputValue();
  expect(firstPassword).toHaveLength(20);
  await form.getByRole("button", { name: "Add user" }).click();
  const added = form.getByRole("status");
  await expect(added).toContainText(`Nadia Newcomer (${email}) can now sign in as translator with the first password ${firstPassword}`);
  await expect(page.getByRole("row").filter({ hasText: email })).toContainText("Nadia Newcomer");

  await page.getByRole("link", { name: "Audit log" }).click();
  const entry = page.getByRole("row").filter({ hasText: `Nadia Newcomer (${email}) as translator` });
  await expect(entry.getByRole("cell").nth(2)).toHaveText("User added");

  // The newcomer, in a browser of their own (signing the admin out would end the demo admin's sessions).
  const own = await browser.newContext();
  const newcomer = await own.newPage();
  await signInWith(newcomer, { email, password: firstPassword });
  await newcomer.getByRole("link", { name: "Nadia Newcomer (translator), your account" }).click();
  await expect(newcomer.getByRole("heading", { name: "Your account" })).toBeVisible();
  const newPassword = "my own long password";
  await newcomer.getByLabel("Current password").fill(firstPassword);
  await newcomer.getByLabel(/^New password \(/).fill(newPassword);
  await newcomer.getByLabel("New password again").fill(newPassword);
  await newcomer.getByRole("button", { name: "Change password" }).click();
  await expect(newcomer.getByRole("status").filter({ hasText: "Your password is changed" })).toContainText("sign in again with the new password");
  // The session the change was made in has ended too.
  expect((await newcomer.request.get(`${EDITOR_URL}/api/mentions?q=abl`)).status()).toBe(401);

  await newcomer.getByRole("button", { name: "Sign in again" }).click();
  await expect(newcomer).toHaveURL(/\/login/);
  await newcomer.getByLabel("Email").fill(email);
  await newcomer.getByLabel("Password").fill(firstPassword);
  await newcomer.getByRole("button", { name: "Sign in" }).click();
  await expect(signInAlert(newcomer)).toHaveText("Wrong email or password.");
  await signInWith(newcomer, { email, password: newPassword });
  await expect(newcomer.getByRole("banner")).toContainText("Nadia Newcomer (translator)");
  await own.close();
});

test("an address that already has an account is refused with a clear message", async ({ page }) => {
  await signIn(page, "admin");
  const existing = await createUserByApi(page, "editor");
  await page.goto(`${EDITOR_URL}/users`);
  const form = page.getByRole("form", { name: "Add a user" });
  await form.getByLabel("Name").fill("Someone Else");
  await form.getByLabel("Email").fill(existing.email);
  await form.getByLabel(/First password/).fill("short");
  await form.getByRole("button", { name: "Add user" }).click();
  await expect(form.getByText("Use at least 12 characters")).toBeVisible();

  await form.getByLabel(/First password/).fill("a long enough password");
  await form.getByRole("button", { name: "Add user" }).click();
  await expect(form.getByRole("alert").filter({ hasText: `${existing.email} already has an account.` })).toBeVisible();
  await expect(form.getByText("Already used by another account")).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: existing.email })).toHaveCount(1);
});

test("a wrong current password changes nothing and says so", async ({ page, browser }) => {
  await signIn(page, "admin");
  const user = await createUserByApi(page, "editor");
  const own = await browser.newContext();
  const person = await own.newPage();
  await signInWith(person, user);
  await person.goto(`${EDITOR_URL}/account`);
  await person.getByLabel("Current password").fill("not my password at all");
  await person.getByLabel(/^New password \(/).fill("a brand new password");
  await person.getByLabel("New password again").fill("a brand new password");
  await person.getByRole("button", { name: "Change password" }).click();
  await expect(person.getByRole("alert").filter({ hasText: "Your current password is not the one you typed. Nothing was changed." })).toBeVisible();
  await expect(person.getByText("Not your current password")).toBeVisible();
  // Still signed in, with the same password.
  await person.getByRole("link", { name: "Articles" }).click();
  await expect(person.getByRole("heading", { name: "Articles" })).toBeVisible();
  await own.close();
});

test("other roles cannot add users, not even through the API", async ({ page }) => {
  await signIn(page, "editor");
  const refused = await page.request.post(`${EDITOR_URL}/api/users`, {
    data: { name: "Intruder", email: uniqueEmail("intruder"), role: "admin", password: "a long enough password" },
  });
  expect(refused.status()).toBe(403);
});
