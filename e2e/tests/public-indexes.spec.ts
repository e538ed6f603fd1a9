import { expect, type Page, test } from "./fixtures";
import { WEB_URL } from "./support";

/*
 * The public indexes a reader browses: people A–Z, cases, organisations, countries and topics, and the
 * news archive. They read the demo registry and the demo articles (dated 2015 and 2017), and change nothing.
 */

const sections = (page: Page) => page.getByRole("navigation", { name: "Site sections" });

test("readers browse people A–Z in their own script and filter them by nationality and protection", async ({ page }) => {
  await page.goto(`${WEB_URL}/en`);
  await sections(page).getByRole("link", { name: "People" }).click();
  await expect(page).toHaveURL(`${WEB_URL}/en/people`);
  await expect(page.getByRole("heading", { level: 1, name: "People" })).toBeVisible();

  // The letters in use lead to their sections.
  const letters = page.getByRole("navigation", { name: "Alphabet" });
  await letters.getByRole("link", { name: "M", exact: true }).click();
  await expect(page).toHaveURL(/#letter-M$/);
  const m = page.getByRole("region", { name: "M", exact: true });
  await expect(m.getByRole("link", { name: "Mukhtar Ablyazov" })).toBeVisible();
  await expect(m.getByRole("link", { name: "Muratbek Ketebayev" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Confidential Source Kappa" })).toHaveCount(0);

  await page.getByRole("combobox", { name: "Nationality" }).selectOption("KZ");
  await page.getByRole("combobox", { name: "Protection" }).selectOption("refugee_status");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/[?&]country=KZ/);
  await expect(page.getByRole("link", { name: "Muratbek Ketebayev" })).toBeVisible();
  // No nationality on record: not among the people of Kazakhstan.
  await expect(page.getByRole("link", { name: "Tatiana Paraskevich" })).toHaveCount(0);

  await page.goto(`${WEB_URL}/en/people?country=US&protection=refugee_status`);
  await expect(page.getByText("No one matches these filters.")).toBeVisible();
  await page.getByRole("link", { name: "Show everyone" }).click();
  await expect(page.getByRole("link", { name: "Mukhtar Ablyazov" })).toBeVisible();

  // A Russian reader finds the names in Cyrillic, under Cyrillic letters.
  await page.goto(`${WEB_URL}/ru/people`);
  await expect(page.getByRole("region", { name: "М", exact: true }).getByRole("link", { name: "Мухтар Аблязов" })).toBeVisible();
});

test("readers find every case and organisation in a table, and the countries and topics sized by their news", async ({ page }) => {
  await page.goto(`${WEB_URL}/en/cases`);
  const cases = page.getByRole("table", { name: "Cases" });
  const france = cases.getByRole("row").filter({ hasText: "Extradition of Mukhtar Ablyazov from France" });
  await expect(france).toContainText("France");
  await france.getByRole("link").click();
  await expect(page).toHaveURL(`${WEB_URL}/en/cases/ablyazov-extradition-france`);

  await page.goto(`${WEB_URL}/fr/organisations`);
  const row = page.getByRole("table", { name: "Organisations" }).getByRole("row").filter({ hasText: "Open Dialog Foundation" });
  await expect(row).toContainText("Pologne");
  await expect(row.getByRole("link", { name: "en.odfoundation.eu" })).toHaveAttribute("href", "https://en.odfoundation.eu");

  await page.goto(`${WEB_URL}/en`);
  await sections(page).getByRole("link", { name: "Countries and topics" }).click();
  const countries = page.getByRole("list", { name: "Countries" });
  // Kazakhstan is tagged on every demo article, Germany on one: it is written larger.
  const kazakhstan = countries.getByRole("link", { name: /^Kazakhstan \(\d+\)$/ });
  const germany = countries.getByRole("link", { name: /^Germany \(\d+\)$/ });
  const size = (link: typeof kazakhstan) => link.evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
  expect(await size(kazakhstan)).toBeGreaterThan(await size(germany));
  await page.getByRole("list", { name: "Topics" }).getByRole("link", { name: /^Extradition \(\d+\)$/ }).click();
  await expect(page).toHaveURL(`${WEB_URL}/en/tags/extradition`);
});

test("readers narrow the archive by country, topic and year, and any input gives a page", async ({ page }) => {
  await page.goto(`${WEB_URL}/en`);
  await sections(page).getByRole("link", { name: "Archive" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Archive" })).toBeVisible();

  await page.getByRole("combobox", { name: "Country" }).selectOption({ label: "Ukraine" });
  await page.getByRole("combobox", { name: "Year" }).selectOption("2015");
  await page.getByRole("button", { name: "Filter" }).click();
  // A plain GET form: the filters left at "Any" come along empty.
  await expect(page).toHaveURL(/\/en\/archive\?country=UA&topic=&year=2015$/);
  const list = page.locator("ol.article-list > li");
  await expect(list).toHaveCount(1);
  await expect(list.getByRole("link", { name: "Ukrainian rights defenders send birthday wishes to Mukhtar Ablyazov in French detention" })).toBeVisible();

  await page.goto(`${WEB_URL}/en/archive?topic=european-parliament&year=2017`);
  await expect(list).toHaveCount(1);
  await expect(list.first()).toContainText("Open Dialog raises Kazakhstan's human-rights record with MEPs in Strasbourg");

  await page.goto(`${WEB_URL}/en/archive?topic=european-parliament&year=2015`);
  await expect(page.getByText("No articles match these filters.")).toBeVisible();
  await page.getByRole("link", { name: "Show all articles" }).click();
  await expect(page).toHaveURL(`${WEB_URL}/en/archive`);

  for (const query of ["year=abc&country=%3Cscript%3E", "topic=%27%3B%20DROP%20TABLE%20x%3B--&page=-1", "year=1800&page=99999", `country=${"x".repeat(10_000)}`]) {
    const response = await page.goto(`${WEB_URL}/en/archive?${query}`);
    expect(response?.status(), query).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: "Archive" })).toBeVisible();
  }
});
