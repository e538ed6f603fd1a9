import { expect, test } from "./fixtures";
import { LOCALES } from "@rightsdesk/domain";
import { seedPersons } from "../../prisma/registry-content";
import { eachAtOnce, WEB_URL } from "./support";

/*
 * The public side of the registry: what readers see of people, cases and protections, and proof
 * that nothing internal (internal persons, internal notes) reaches any page the site links to.
 */

const internalPerson = seedPersons.find((person) => person.confidentiality === "internal");
if (!internalPerson) throw new Error("The demo registry has no internal person to test with");

/** Everything that must never appear on the public site. */
const SECRETS = [
  "INTERNAL-",
  internalPerson.name,
  internalPerson.slug,
  ...(internalPerson.variants ?? []).map((variant) => variant.name),
  ...Object.values(internalPerson.internalNotes ?? {}).filter((note): note is string => typeof note === "string"),
];

test("readers see a person in their own script, protections by state, and a case's timeline", async ({ page }) => {
  await page.goto(`${WEB_URL}/en/people/mukhtar-ablyazov`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mukhtar Ablyazov");
  await expect(page.locator('script[type="application/ld+json"]')).toHaveCount(1);

  await page.goto(`${WEB_URL}/ru/people/mukhtar-ablyazov`);
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Мухтар Аблязов");

  // The header leads to the protections table.
  await page.goto(`${WEB_URL}/en`);
  await page.getByRole("navigation", { name: "Site sections" }).getByRole("link", { name: "Protections" }).click();
  await expect(page).toHaveURL(`${WEB_URL}/en/protections`);
  await expect(page.getByRole("heading", { level: 1, name: "Protections" })).toBeVisible();
  const rows = page.locator("table tbody tr");
  await expect(rows.filter({ hasText: "Muratbek Ketebayev" }).filter({ hasText: "Poland" })).toHaveCount(1);
  await expect(rows.filter({ hasText: "Austria" }).first()).toBeVisible();
  await expect(page.getByRole("img", { name: /Protections by granting state/ })).toBeVisible();

  await page.getByRole("combobox", { name: "Granting state" }).selectOption("PL");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/[?&]state=PL(&|$)/);
  await expect(rows.filter({ hasText: "Muratbek Ketebayev" })).toHaveCount(1);
  const states = await rows.locator("td:nth-of-type(2)").allTextContents();
  expect(states.length).toBeGreaterThanOrEqual(2);
  expect(new Set(states)).toEqual(new Set(["Poland"]));

  // A person in the table links to their page.
  await rows.getByRole("link", { name: "Muratbek Ketebayev" }).click();
  await expect(page).toHaveURL(`${WEB_URL}/en/people/muratbek-ketebayev`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Muratbek Ketebayev");

  // Values the filter does not know are ignored, never an error page.
  expect((await page.goto(`${WEB_URL}/en/protections?state=XX&type=%3Cscript%3E`))?.status()).toBe(200);

  await page.goto(`${WEB_URL}/en/cases/ablyazov-extradition-france`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Extradition of Mukhtar Ablyazov from France");
  const timeline = page.locator("ol.timeline");
  await expect(timeline.locator('time[datetime="2013"]')).toHaveCount(1);
  await expect(timeline.locator('time[datetime^="2016"]').first()).toBeVisible();
  await expect(timeline.locator("li").filter({ hasText: "Conseil d'État" })).toHaveCount(1);
  await expect(page.getByRole("link", { name: "Mukhtar Ablyazov", exact: true })).toHaveAttribute("href", "/en/people/mukhtar-ablyazov");
});

test("no page the site lists shows an internal person or an internal note", async ({ request }) => {
  test.setTimeout(240_000);
  const sitemap = await request.get(`${WEB_URL}/sitemap.xml`);
  expect(sitemap.status()).toBe(200);
  const xml = await sitemap.text();
  // The sitemap's origin is the configured site; the pages are fetched from the server under test.
  const listed = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => {
    const url = new URL(match[1] ?? "");
    return `${WEB_URL}${url.pathname}${url.search}`;
  });
  expect(listed).toContain(`${WEB_URL}/en/people/mukhtar-ablyazov`);
  expect(listed).toContain(`${WEB_URL}/ru/cases/ablyazov-extradition-france`);

  const urls = new Set([
    ...listed,
    ...LOCALES.flatMap((locale) => [`${WEB_URL}/${locale}`, `${WEB_URL}/${locale}/protections`]),
  ]);
  const leaks: string[] = [];
  // Four at a time: most of a fetch is the server rendering a page no reader has asked for yet.
  await eachAtOnce([...urls], [request, request, request, request], async (url, client) => {
    const response = await client.get(url);
    expect(response.status(), url).toBe(200);
    const body = await response.text();
    for (const secret of SECRETS) if (body.includes(secret)) leaks.push(`${url} contains "${secret}"`);
  });
  for (const secret of SECRETS) if (xml.includes(secret)) leaks.push(`sitemap.xml contains "${secret}"`);
  expect(leaks).toEqual([]);

  for (const locale of LOCALES) {
    const response = await request.get(`${WEB_URL}/${locale}/people/${internalPerson.slug}`);
    expect(response.status()).toBe(404);
    expect(await response.text()).not.toContain("INTERNAL-");
  }
});

test("the search finds nothing of an internal person by any name, note or address, in any language", async ({ page }) => {
  test.setTimeout(120_000);
  const leaks: string[] = [];
  for (const locale of LOCALES) {
    for (const secret of SECRETS) {
      const response = await page.goto(`${WEB_URL}/${locale}/search?q=${encodeURIComponent(secret)}`);
      expect(response?.status()).toBe(200);
      // The query is echoed in the search box and the status line; the results are the sections below them.
      const results = (await page.getByRole("main").locator("section").allInnerTexts()).join("\n");
      const links = await page.getByRole("main").locator("section a").evaluateAll((anchors) => anchors.map((a) => a.getAttribute("href") ?? ""));
      if (results.toLowerCase().includes(secret.toLowerCase())) leaks.push(`${locale}: results for "${secret}" show it`);
      if (links.some((href) => href.includes(internalPerson.slug))) leaks.push(`${locale}: results for "${secret}" link the internal person`);
    }
  }
  expect(leaks).toEqual([]);
});
