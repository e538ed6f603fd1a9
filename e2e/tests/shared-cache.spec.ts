import { expect, test } from "./fixtures";
import { SECOND_WEB_URL } from "../ports";
import { createArticle, scriptNonces, signIn, uniqueTitle, WEB_URL } from "./support";

// Runs when the stack has two public sites on one Redis (REDIS_URL, see serve.ts), as .ci/run starts it.
test.skip(!process.env.REDIS_URL, "needs REDIS_URL: two public sites sharing their cache");

const homeShows = (site: string, title: string) => async () => (await (await fetch(`${site}/en`)).text()).includes(title);

test("a publication reaches readers of every public server within a second, though only one was told", async ({ page }) => {
  // Both servers have the home page cached before the change.
  for (const site of [WEB_URL, SECOND_WEB_URL]) expect((await fetch(`${site}/en`)).status).toBe(200);
  await signIn(page, "editor");
  const title = uniqueTitle("Lithuania grants refugee status to Kuanysh Nurgaziyev");
  await createArticle(page, title, "Refugee status granted in Vilnius.");
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByText("Published: readers can see this version now.")).toBeVisible();

  await expect.poll(homeShows(WEB_URL, title), { timeout: 1_000, intervals: [100] }).toBe(true);
  await expect.poll(homeShows(SECOND_WEB_URL, title), { timeout: 1_000, intervals: [100] }).toBe(true);
});

test("a page one server rendered and cached is served by the other with that response's own nonce", async ({ page }) => {
  // A page nobody has asked for yet, rendered by the second server and then served from Redis by the first.
  const path = `/en/search?q=${encodeURIComponent(uniqueTitle("nonce"))}`;
  for (const site of [SECOND_WEB_URL, WEB_URL]) {
    const response = await fetch(`${site}${path}`);
    const { trusted, carried } = scriptNonces(response.headers.get("content-security-policy"), await response.text());
    expect(carried, site).toEqual([trusted]);
  }
  // And its scripts run there (a blocked one would be a violation, which fails the test).
  await page.goto(`${WEB_URL}${path}`);
  await page.getByRole("searchbox").first().fill("Ablyazov");
  await page.getByRole("searchbox").first().press("Enter");
  await expect(page).toHaveURL(/q=Ablyazov/);
});
