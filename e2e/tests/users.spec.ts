import { expect, type Page, test } from "./fixtures";
import { createUserByApi, EDITOR_URL, EMBEDDED_DATABASE_TOO, signedInElsewhere, signIn, signInWith, uniqueEmail } from "./support";

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
  const { context: own, page: newcomer } = await signedInElsewhere(browser, { email, password: firstPassword });
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
  const { context: own, page: person } = await signedInElsewhere(browser, user);
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

/** The Users page's row of one account, for the admin signed in on `page`. */
async function userRow(page: Page, email: string) {
  await page.goto(`${EDITOR_URL}/users`);
  return page.getByRole("row").filter({ hasText: email });
}

test("an admin resets a forgotten password: the person's sessions end, the old password is refused and the new one works", async ({ page, browser }) => {
  await signIn(page, "admin");
  const user = await createUserByApi(page, "editor");
  const { context: own, page: person } = await signedInElsewhere(browser, user);

  const row = await userRow(page, user.email);
  await row.getByRole("button", { name: `Reset password of ${user.name}` }).click();
  const dialog = page.getByRole("dialog", { name: `Reset the password of ${user.name}` });
  await dialog.getByLabel(/First password/).fill("too short");
  await dialog.getByRole("button", { name: "Reset password" }).click();
  await expect(dialog.getByText("Use at least 12 characters")).toBeVisible();
  await dialog.getByRole("button", { name: "Generate a password" }).click();
  const newPassword = await dialog.getByLabel(/First password/).inputValue();
  expect(newPassword).toHaveLength(20);
  await dialog.getByRole("button", { name: "Reset password" }).click();
  await expect(dialog.getByRole("status")).toHaveText(`Every session of ${user.name} has ended. They sign in again with the first password ${newPassword}. Pass it on now: it is not shown again.`);
  await dialog.getByRole("button", { name: "Done" }).click();
  await expect(dialog).toBeHidden();

  // The person's open session has ended.
  await person.reload();
  await expect(person).toHaveURL(/\/login/);
  await person.getByLabel("Email").fill(user.email);
  await person.getByLabel("Password").fill(user.password);
  await person.getByRole("button", { name: "Sign in" }).click();
  await expect(signInAlert(person)).toHaveText("Wrong email or password.");
  await signInWith(person, { email: user.email, password: newPassword });
  await own.close();

  await page.getByRole("link", { name: "Audit log" }).click();
  const entry = page.getByRole("row").filter({ hasText: `${user.name} (${user.email})` }).filter({ hasText: "Password reset" });
  await expect(entry.getByRole("cell").nth(2)).toHaveText("Password reset");
  await expect(page.getByText(newPassword)).toHaveCount(0);
});

test("an admin deactivates someone who left: their open session ends and sign-in says so; reactivated, they sign in again", async ({ page, browser }) => {
  await signIn(page, "admin");
  const user = await createUserByApi(page, "translator");
  const { context: own, page: person } = await signedInElsewhere(browser, user);

  const row = await userRow(page, user.email);
  await expect(row.getByRole("cell").nth(3)).toHaveText("Active");
  // With the keyboard: the confirmation opens on Enter and Escape leaves everything as it was.
  await row.getByRole("button", { name: `Deactivate ${user.name}` }).focus();
  await page.keyboard.press("Enter");
  const confirmation = page.getByRole("dialog", { name: `Deactivate ${user.name}?` });
  await expect(confirmation).toContainText("keep their name");
  await page.keyboard.press("Escape");
  await expect(confirmation).toBeHidden();
  await expect(row.getByRole("cell").nth(3)).toHaveText("Active");

  await row.getByRole("button", { name: `Deactivate ${user.name}` }).click();
  await confirmation.getByRole("button", { name: "Deactivate the account" }).click();
  await expect(row.getByRole("status").filter({ hasText: user.name })).toHaveText(`${user.name} is deactivated and signed out everywhere.`);
  await expect(row.getByRole("cell").nth(3)).toHaveText(/^Deactivated since /);
  // The role stays as it was until the account is back: no control offers to change it.
  await expect(row.getByRole("combobox", { name: `Role of ${user.name}` })).toHaveCount(0);
  await expect(row.getByRole("cell").nth(2)).toHaveText("translator");

  // Not even next-auth's own session endpoint takes the old cookie for a session any more.
  const echoed = await person.request.get(`${EDITOR_URL}/api/auth/session`);
  expect(await echoed.json()).toEqual({});
  await person.reload();
  await expect(person).toHaveURL(/\/login/);
  await person.getByLabel("Email").fill(user.email);
  await person.getByLabel("Password").fill(user.password);
  await person.getByRole("button", { name: "Sign in" }).click();
  await expect(signInAlert(person)).toHaveText("This account has been deactivated. Ask an admin if you need access again.");

  await row.getByRole("button", { name: `Reactivate ${user.name}` }).click();
  await expect(row.getByRole("status").filter({ hasText: user.name })).toHaveText(`${user.name} can sign in again.`);
  await expect(row.getByRole("cell").nth(3)).toHaveText("Active");
  await signInWith(person, user);
  await own.close();

  await page.getByRole("link", { name: "Audit log" }).click();
  const entries = page.getByRole("row").filter({ hasText: `${user.name} (${user.email})` });
  await expect(entries.filter({ hasText: "User deactivated" })).toHaveCount(1);
  await expect(entries.filter({ hasText: "User reactivated" })).toHaveCount(1);
});

test("an admin neither resets nor deactivates their own account, and only admins reach either route", async ({ page, browser }) => {
  await signIn(page, "admin");
  const user = await createUserByApi(page, "editor");
  const own = await userRow(page, "admin@rightsdesk.local");
  await expect(own.getByRole("link", { name: "Your account" })).toBeVisible();
  await expect(own.getByRole("button")).toHaveCount(0);

  const session = (await (await page.request.get(`${EDITOR_URL}/api/auth/session`)).json()) as { user: { id: string } };
  const self = await page.request.put(`${EDITOR_URL}/api/users/${session.user.id}/status`, { data: { status: "deactivated" } });
  expect(self.status()).toBe(409);
  expect(((await self.json()) as { error: string }).error).toBe("You cannot deactivate or reactivate your own account; ask another admin.");
  expect((await page.request.put(`${EDITOR_URL}/api/users/${session.user.id}/password`, { data: { password: "a long enough password" } })).status()).toBe(409);
  expect((await page.request.put(`${EDITOR_URL}/api/users/no-such-user/status`, { data: { status: "deactivated" } })).status()).toBe(404);
  const bad = await page.request.put(`${EDITOR_URL}/api/users/no-such-user/password`, { data: { password: "short" } });
  expect(bad.status()).toBe(400);
  expect(((await bad.json()) as { fields: Record<string, string> }).fields).toEqual({ password: "Use at least 12 characters" });

  const editorContext = await browser.newContext();
  const editor = await editorContext.newPage();
  await signIn(editor, "editor");
  const refused = await editor.request.put(`${EDITOR_URL}/api/users/${session.user.id}/status`, { data: { status: "deactivated" } });
  expect(refused.status()).toBe(403);
  expect((await editor.request.put(`${EDITOR_URL}/api/users/no-such-user/password`, { data: { password: "a long enough password" } })).status()).toBe(403);
  await editorContext.close();
  // The admin's own session goes on, and the test's user is untouched.
  await expect((await userRow(page, user.email)).getByRole("cell").nth(3)).toHaveText("Active");
});
