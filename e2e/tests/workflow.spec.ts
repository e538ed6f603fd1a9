import { slugify } from "@rightsdesk/domain";
import { expect, test } from "./fixtures";
import { createArticle, EDITOR_URL, EMBEDDED_DATABASE_TOO, saveState, signIn, uniqueTitle, WEB_URL } from "./support";

test("a translator submits a translation for review; an editor approves and publishes it for readers", async ({ page, browser }) => {
  // Two people, one after the other.
  test.slow();
  await signIn(page, "editor");
  const title = uniqueTitle("Czechia refuses to extradite a journalist");
  const editorUrl = await createArticle(page, title);
  const articleId = new URL(editorUrl).pathname.split("/")[2];

  const translator = await browser.newPage();
  await signIn(translator, "translator");
  await translator.goto(`${EDITOR_URL}/articles/${articleId}/ru`);
  const russianTitle = `Чехия отказала в экстрадиции журналиста ${Date.now().toString(36)}`;
  await translator.getByLabel("Title").fill(russianTitle);
  await translator.getByRole("button", { name: "Save", exact: true }).click();
  await expect(saveState(translator)).toContainText("All changes saved");
  await translator.getByLabel("Reviewer").selectOption({ label: "Eva Editor (editor)" });
  await expect(translator.getByText("Eva Editor is asked to review this version.")).toBeVisible();
  await translator.getByRole("button", { name: "Submit for review" }).click();
  await expect(translator.getByText("Submitted for review.")).toBeVisible();
  await expect(translator.getByText("Status: In review")).toBeVisible();
  await expect(translator.getByRole("button", { name: /Publish|Approve|Schedule/ })).toHaveCount(0);

  const refused = await translator.request.post(`${EDITOR_URL}/api/articles/${articleId}/versions/ru/workflow`, {
    data: { transition: "publish" },
  });
  expect(refused.status()).toBe(403);
  expect(await refused.json()).toEqual({ error: "Only editors and admins may publish or unpublish." });

  await page.getByRole("link", { name: "Dashboard" }).click();
  const waiting = page.getByRole("region", { name: "Waiting for my review" });
  await waiting.getByRole("link", { name: russianTitle }).click();
  await expect(page.getByLabel("Title")).toHaveValue(russianTitle);
  await page.getByRole("button", { name: "Approve" }).click();
  await expect(page.getByText("Approved: ready to publish or schedule.")).toBeVisible();
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(page.getByText("Published: readers can see this version now.")).toBeVisible();

  const reader = await browser.newPage();
  await reader.goto(`${WEB_URL}/ru/articles/${slugify(title)}`);
  await expect(reader.getByRole("heading", { level: 1, name: russianTitle })).toBeVisible();
});

test("a scheduled version goes live on its own at its time", EMBEDDED_DATABASE_TOO, async ({ page, browser }) => {
  // It waits for the scheduler in real time.
  test.slow();
  await signIn(page, "editor");
  const title = uniqueTitle("Refugee status granted in Lithuania");
  const articleUrl = `${WEB_URL}/en/articles/${slugify(title)}`;
  await createArticle(page, title);
  // The input reads UTC, as its label says; seconds are allowed.
  const utcFromNow = (ms: number) => new Date(Date.now() + ms).toISOString().slice(0, 19);

  // A day ahead first: listed as scheduled, not yet visible to readers.
  await page.getByLabel("Publish at (UTC)").fill(utcFromNow(86_400_000));
  await page.getByRole("button", { name: "Schedule", exact: true }).click();
  await expect(page.getByText(/^Scheduled: goes live on .+ UTC\.$/)).toBeVisible();
  await expect(page.getByText("Status: Scheduled")).toBeVisible();
  const reader = await browser.newPage();
  expect((await reader.goto(articleUrl))?.status(), "not before its time").toBe(404);
  await page.getByRole("link", { name: "Dashboard" }).click();
  const scheduled = page.getByRole("region", { name: "Scheduled" });
  await scheduled.getByRole("link", { name: title }).click();

  // Then moved to a few seconds from now: the runner publishes it without anyone clicking.
  await page.getByLabel("Publish at (UTC)").fill(utcFromNow(10_000));
  await page.getByRole("button", { name: "Reschedule" }).click();
  await expect(page.getByText(/^Scheduled: goes live on .+ UTC\.$/)).toBeVisible();
  await expect
    .poll(async () => (await reader.goto(articleUrl))?.status(), { timeout: 90_000, intervals: [2000] })
    .toBe(200);
  await expect(reader.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await page.getByRole("link", { name: "Dashboard" }).click();
  await expect(scheduled.getByRole("link", { name: title })).toHaveCount(0);
});
