import { expect, test } from "./fixtures";
import { createArticle, EDITOR_URL, signIn, uniqueTitle } from "./support";

const today = () => new Date().toISOString().slice(0, 10);

test("an admin narrows the audit log to one action, one person and a span of days, all in the address", async ({ page: editor, browser }) => {
  await signIn(editor, "editor");
  const title = uniqueTitle("Audit filter story");
  await createArticle(editor, title);
  await editor.getByRole("button", { name: "Publish" }).click();
  await expect(editor.getByText("Published: readers can see this version now.")).toBeVisible();

  const page = await (await browser.newContext()).newPage();
  await signIn(page, "admin");
  await page.goto(`${EDITOR_URL}/audit`);
  const filters = page.getByRole("form", { name: "Filter the log" });
  await filters.getByLabel("Action").selectOption({ label: "Published" });
  await filters.getByLabel("Person").selectOption({ label: "Eva Editor" });
  await filters.getByLabel("From (UTC)").fill(today());
  await filters.getByLabel("To", { exact: true }).fill(today());
  await filters.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(new RegExp(`action=version\\.publish&actor=[a-z0-9]+&from=${today()}&to=${today()}`));
  const rows = page.getByRole("table").getByRole("row");
  await expect(rows.filter({ hasText: title })).toHaveCount(1);
  await expect(rows.filter({ hasText: "Ada Admin" })).toHaveCount(0);

  // The same address opened afresh shows the same filters; a span after today shows nothing.
  await page.goto(page.url().replace(`from=${today()}`, "from=2999-01-01").replace(`to=${today()}`, "to=2999-01-31"));
  await expect(filters.getByLabel("From (UTC)")).toHaveValue("2999-01-01");
  await expect(filters.getByLabel("Action")).toHaveValue("version.publish");
  await expect(page.getByText("Nothing in the log matches this filter.")).toBeVisible();
  await page.getByRole("link", { name: "Show everything" }).click();
  await expect(page).toHaveURL(`${EDITOR_URL}/audit`);
  await page.context().close();
});

test("an editor pages through organisations found by name and country, and the address keeps both", async ({ page }) => {
  await signIn(page, "editor");
  const name = uniqueTitle("Paging Watch");
  // One more than a page of the list, created through the API the organisation form uses.
  for (let i = 0; i <= 50; i++) {
    const response = await page.request.post(`${EDITOR_URL}/api/organisations`, {
      data: { name: `${name} ${String(i).padStart(2, "0")}`, kind: "ngo", country: "EE", website: null, slug: "" },
    });
    expect(response.ok()).toBe(true);
  }

  await page.goto(`${EDITOR_URL}/organisations`);
  const search = page.getByRole("search", { name: "Search organisations" });
  await search.getByLabel("Name").fill(name);
  await search.getByLabel("Country").selectOption({ label: "Estonia" });
  await search.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/[?&]country=EE/);
  const rows = page.getByRole("table").getByRole("row");
  await expect(rows.filter({ hasText: `${name} 00` })).toHaveCount(1);
  await expect(rows).toHaveCount(51); // a heading row and a page of 50

  const pager = page.getByRole("navigation", { name: "More organisations" });
  await pager.getByRole("link", { name: "Next page →" }).click();
  await expect(page).toHaveURL(/[?&]after=/);
  await expect(page).toHaveURL(/[?&]country=EE/);
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: `${name} 50` })).toHaveCount(1);
  await expect(pager.getByRole("link", { name: "Next page →" })).toHaveCount(0);
  await pager.getByRole("link", { name: "Back to the start" }).click();
  await expect(rows.filter({ hasText: `${name} 00` })).toHaveCount(1);
  await expect(search.getByLabel("Name")).toHaveValue(name);
});
