import { LIST_PAGE_SIZE } from "@rightsdesk/domain";
import { expect, test } from "./fixtures";
import { createArticle, createEachByApi, EDITOR_URL, expectPagedList, numberedNames, signIn, uniqueTitle } from "./support";

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
  const names = numberedNames(name, LIST_PAGE_SIZE + 1);
  await createEachByApi(page, "/api/organisations", names.map((each) => ({ name: each, kind: "ngo", country: "EE", website: null, slug: "" })));

  await page.goto(`${EDITOR_URL}/organisations`);
  const search = page.getByRole("search", { name: "Search organisations" });
  await search.getByLabel("Name").fill(name);
  await search.getByLabel("Country").selectOption({ label: "Estonia" });
  await search.getByRole("button", { name: "Search" }).click();
  await expectPagedList(page, { pager: "More organisations", prefix: name, names, kept: { q: name, country: "EE" } });
  await expect(search.getByLabel("Name")).toHaveValue(name);
  await expect(search.getByLabel("Country")).toHaveValue("EE");
});

test("an editor pages through the people found by a name, and the address keeps the search", async ({ page }) => {
  await signIn(page, "editor");
  const name = uniqueTitle("Paging Person");
  const names = numberedNames(name, LIST_PAGE_SIZE + 1);
  await createEachByApi(page, "/api/people", names.map((each) => ({ name: each, nationalities: ["KZ"] })));

  await page.goto(`${EDITOR_URL}/people`);
  const search = page.getByRole("search", { name: "Search people" });
  await search.getByLabel("Name (any spelling or script)").fill(name);
  await search.getByRole("button", { name: "Search" }).click();
  await expectPagedList(page, { pager: "More people", prefix: name, names, kept: { q: name } });
  await expect(search.getByLabel("Name (any spelling or script)")).toHaveValue(name);
});

const extradition = (title: string, states: { requestingStates?: string[]; onBehalfOf?: string[]; venueState?: string }) => ({
  case: { title: { en: title }, kind: "extradition_request", ...states },
  participants: [],
});

test("an editor pages through the cases found by a word of their title, and the address keeps the search", async ({ page }) => {
  await signIn(page, "editor");
  const title = uniqueTitle("Paging extradition");
  const titles = numberedNames(title, LIST_PAGE_SIZE + 1);
  await createEachByApi(page, "/api/cases", titles.map((each) => extradition(each, { venueState: "FR" })));

  await page.goto(`${EDITOR_URL}/cases`);
  const search = page.getByRole("search", { name: "Search cases" });
  await search.getByLabel("Title (any language)").fill(title);
  await search.getByRole("button", { name: "Search" }).click();
  // Newest first: the page boundary falls between cases created within the same moment as often as not.
  await expectPagedList(page, { pager: "More cases", prefix: title, names: titles, kept: { q: title } });
  await expect(search.getByLabel("Title (any language)")).toHaveValue(title);
});

test("an editor narrows the cases to those a state is involved in, as the asking, the behind or the deciding state, and the address keeps it", async ({ page }) => {
  await signIn(page, "editor");
  const title = uniqueTitle("State filter extradition");
  const asked = `${title} asked by Russia`;
  const behind = `${title} for Kazakhstan`;
  const decided = `${title} decided in France`;
  await createEachByApi(page, "/api/cases", [
    extradition(asked, { requestingStates: ["RU"], venueState: "FR" }),
    extradition(behind, { requestingStates: ["UA"], onBehalfOf: ["KZ"], venueState: "DE" }),
    extradition(decided, { venueState: "FR" }),
  ]);

  await page.goto(`${EDITOR_URL}/cases`);
  const search = page.getByRole("search", { name: "Search cases" });
  const state = search.getByLabel("State involved");
  const links = page.getByRole("table").getByRole("link", { name: title });
  // Newest first, but cases created within the same moment come in either order.
  const shown = () => expect.poll(async () => (await links.allTextContents()).toSorted());
  await search.getByLabel("Title (any language)").fill(title);
  await search.getByRole("button", { name: "Search" }).click();
  await shown().toEqual([asked, behind, decided].toSorted());

  await state.selectOption({ label: "France" });
  await search.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/[?&]country=FR(&|$)/);
  await shown().toEqual([asked, decided].toSorted());
  await state.selectOption({ label: "Kazakhstan" });
  await search.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/[?&]country=KZ(&|$)/);
  await shown().toEqual([behind]);
  await state.selectOption({ label: "Russia" });
  await search.getByRole("button", { name: "Search" }).click();
  await shown().toEqual([asked]);
  await state.selectOption({ label: "Estonia" });
  await search.getByRole("button", { name: "Search" }).click();
  await expect(page.getByText("No case matches this search.")).toBeVisible();

  // The address opened afresh keeps the search and the state.
  await page.goto(page.url().replace("country=EE", "country=DE"));
  await expect(state).toHaveValue("DE");
  await expect(search.getByLabel("Title (any language)")).toHaveValue(title);
  await shown().toEqual([behind]);
  await page.getByRole("link", { name: "Show all cases" }).click();
  await expect(page).toHaveURL(`${EDITOR_URL}/cases`);
  await expect(state).toHaveValue("");
});
