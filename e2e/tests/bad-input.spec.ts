import { expect, test } from "./fixtures";
import { createArticle, createUserByApi, demoLogin, EDITOR_URL, saveState, signIn, signInWith, uniqueEmail, uniqueTitle, WEB_URL } from "./support";

test("a wrong password is refused with a clear message", async ({ page }) => {
  await page.goto(`${EDITOR_URL}/login`);
  await page.getByLabel("Email").fill(demoLogin("editor").email);
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Wrong email or password." })).toBeVisible();
});

test("pages and the API ask for a session", async ({ page }) => {
  await page.goto(`${EDITOR_URL}/`);
  await expect(page).toHaveURL(`${EDITOR_URL}/login`);
  const response = await page.request.post(`${EDITOR_URL}/api/articles`, { data: { title: "No session" } });
  expect(response.status()).toBe(401);
  expect((await response.json()).error).toContain("Your session has expired");
});

test("creating an article without a title or with a used slug says what is wrong", async ({ page }) => {
  await signIn(page, "editor");
  await page.goto(`${EDITOR_URL}/articles/new`);
  await page.getByRole("button", { name: "Create article" }).click();
  await expect(page.getByText("Title is required")).toBeVisible();

  await page.getByLabel("Title").fill("x".repeat(201));
  await page.getByRole("button", { name: "Create article" }).click();
  await expect(page.getByText("Title must be at most 200 characters")).toBeVisible();

  await page.getByLabel("Title").fill("Another article");
  await page.getByLabel("Slug (address)").fill("open-dialog-meets-ablyazov-in-paris");
  await page.getByRole("button", { name: "Create article" }).click();
  await expect(page.getByText('The slug "open-dialog-meets-ablyazov-in-paris" is already used by another article.')).toBeVisible();
});

test("the API answers bad input with a 4xx and a JSON message, never a 500", async ({ page }) => {
  await signIn(page, "editor");
  const editorUrl = await createArticle(page, uniqueTitle("API checks"));
  const articleId = new URL(editorUrl).pathname.split("/")[2];
  const api = (path: string, data: unknown) => page.request.put(`${EDITOR_URL}/api/articles/${articleId}${path}`, { data });
  const doc = { type: "doc", content: [{ type: "paragraph" }] };

  const cases = [
    { what: "malformed Tiptap JSON", response: await api("/versions/en", { title: "T", summary: "", body: { type: "doc", content: [{ type: "iframe" }] }, baseRevision: 1 }), status: 400 },
    { what: "a body that is not a document", response: await api("/versions/en", { title: "T", summary: "", body: "<p>html</p>", baseRevision: 1 }), status: 400 },
    { what: "an empty title", response: await api("/versions/en", { title: "  ", summary: "", body: doc, baseRevision: 1 }), status: 400 },
    { what: "an over-long summary", response: await api("/versions/en", { title: "T", summary: "s".repeat(601), body: doc, baseRevision: 1 }), status: 400 },
    { what: "an unknown tag", response: await api("/tags", { tagIds: ["no-such-tag"] }), status: 400 },
    { what: "an unknown language", response: await api("/versions/xx", { title: "T", summary: "", body: doc, baseRevision: 0 }), status: 400 },
    { what: "a stale revision", response: await api("/versions/en", { title: "T", summary: "", body: doc, baseRevision: 0 }), status: 409 },
  ];
  for (const { what, response, status } of cases) {
    expect(response.status(), what).toBe(status);
    expect(typeof (await response.json()).error, what).toBe("string");
  }
  const notJson = await page.request.put(`${EDITOR_URL}/api/articles/${articleId}/tags`, {
    headers: { "content-type": "application/json" },
    data: Buffer.from("{not json"),
  });
  expect(notJson.status()).toBe(400);
  expect(await notJson.json()).toEqual({ error: "The request body is not valid JSON." });
});

test("an edit that cannot be saved stays in the editor with the reason shown", async ({ page }) => {
  await signIn(page, "editor");
  await createArticle(page, uniqueTitle("Tatiana Paraskevich"));
  await page.getByRole("textbox", { name: "Body" }).click();
  await page.keyboard.type("Granted protection in the Czech Republic.");
  await page.getByLabel("Title").fill("");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(saveState(page)).toContainText("Not saved: Title is required");
  await expect(page.getByRole("textbox", { name: "Body" })).toContainText("Granted protection in the Czech Republic.");

  await page.getByLabel("Title").fill("Tatiana Paraskevich protected in Czechia");
  await expect(saveState(page)).toContainText("All changes saved", { timeout: 15_000 });
});

test("a page of another origin cannot change anything with the editor's cookie, and bodies must be JSON", async ({ page }) => {
  await signIn(page, "editor");
  const articles = `${EDITOR_URL}/api/articles`;
  const titles = { forged: uniqueTitle("Forged from the public site"), origin: uniqueTitle("Forged Origin"), site: uniqueTitle("Forged Sec-Fetch-Site"), plain: uniqueTitle("Plain text body") };

  // The attack as a browser makes it: a page on another port of the same host posts a simple request with the
  // cookie. Not our public site: its own Content-Security-Policy would already stop the request.
  const attacker = `http://localhost:${Number(new URL(WEB_URL).port) + 9}/attack`;
  await page.route(attacker, (route) => route.fulfill({ contentType: "text/html", body: "<!doctype html><title>Another site</title>" }));
  await page.goto(attacker);
  await page.evaluate(
    async ({ url, title }) => {
      // The browser sends it; reading the answer is what it refuses (an opaque JSON answer is blocked), so ignore that.
      await fetch(url, { method: "POST", mode: "no-cors", credentials: "include", headers: { "content-type": "text/plain" }, body: JSON.stringify({ title, summary: "", slug: "" }) }).catch(
        () => undefined,
      );
    },
    { url: articles, title: titles.forged },
  );
  const byOrigin = await page.request.post(articles, { headers: { origin: WEB_URL }, data: { title: titles.origin, summary: "", slug: "" } });
  expect(byOrigin.status()).toBe(403);
  expect((await byOrigin.json()).error).toBe("This request did not come from a page of the editor, so it was refused.");
  const bySite = await page.request.post(articles, { headers: { "sec-fetch-site": "same-site" }, data: { title: titles.site, summary: "", slug: "" } });
  expect(bySite.status()).toBe(403);
  const plain = await page.request.post(articles, { headers: { "content-type": "text/plain" }, data: JSON.stringify({ title: titles.plain, summary: "", slug: "" }) });
  expect(plain.status()).toBe(415);

  await page.goto(`${EDITOR_URL}/`);
  await expect(page.getByRole("heading", { name: "Articles" })).toBeVisible();
  for (const title of Object.values(titles)) await expect(page.getByRole("link", { name: title })).toHaveCount(0);
  // The editor's own pages still work: same origin, JSON.
  await createArticle(page, uniqueTitle("Made in the editor"));
});

test("signing out ends the session: its old cookie opens nothing any more", async ({ page, browser }) => {
  // An account of the test's own: signing out ends every session of the account, which other tests may share.
  await signIn(page, "admin");
  const own = await createUserByApi(page, "translator");
  await page.context().clearCookies();
  await signInWith(page, own);
  const cookies = await page.context().cookies(EDITOR_URL);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);

  // Someone who copied the cookie before the sign-out tries it in another browser.
  const other = await browser.newContext();
  await other.addCookies(cookies);
  const stolen = await other.newPage();
  const response = await stolen.request.get(`${EDITOR_URL}/api/mentions?q=abl`);
  expect(response.status()).toBe(401);
  // next-auth's session endpoint, which reads the cookie alone, says no session either and removes the cookie.
  const session = await stolen.request.get(`${EDITOR_URL}/api/auth/session`);
  expect(await session.json()).toEqual({});
  expect(session.headers()["set-cookie"]).toMatch(/next-auth\.session-token=;/);
  await stolen.goto(`${EDITOR_URL}/`);
  await expect(stolen).toHaveURL(/\/login/);
  await other.close();
});

test("guessing a password meets a growing wait with a clear message, which ends by itself", async ({ page }) => {
  // An address of this test's own: the wait belongs to the account tried, so no other test is held up.
  const email = uniqueEmail("guesser");
  const alert = page.locator("form").getByRole("alert");
  /** One sign-in, waited for until the server has answered it, so that no two attempts overlap. */
  const attempt = async (password: string) => {
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(password);
    const answered = page.waitForResponse((response) => response.url().includes("/api/auth/callback/credentials"));
    await page.getByRole("button", { name: "Sign in" }).click();
    await answered;
    await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
  };
  await page.goto(`${EDITOR_URL}/login`);
  for (let i = 0; i < 5; i++) {
    await attempt(`wrong password ${i}`);
    // The form's own alert (Next's route announcer is an alert too).
    await expect(alert).toHaveText("Wrong email or password.");
  }
  await attempt("another guess");
  await expect(alert).toHaveText(/^Too many failed sign-ins\. Wait \d seconds, then try again\.$/);
  // Not locked out for good: once the wait is over, attempts are checked again.
  await page.waitForTimeout(5_500);
  await attempt("a last guess");
  await expect(alert).toHaveText("Wrong email or password.");
});
