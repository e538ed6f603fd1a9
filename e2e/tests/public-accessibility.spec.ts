import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./fixtures";
import { WEB_URL } from "./support";

/*
 * Every kind of public page, in a Latin and a Cyrillic language, checked with axe against WCAG 2.1 A and AA.
 * The demo content gives each kind a page; serious and critical violations fail the test.
 */

const PAGES = [
  "",
  "/articles/open-dialog-meets-ablyazov-in-paris",
  "/articles/kyiv-birthday-greetings-for-ablyazov",
  "/articles/odf-delegation-european-parliament-strasbourg",
  "/tags/kz",
  "/people",
  "/people/mukhtar-ablyazov",
  "/cases",
  "/cases/ablyazov-extradition-france",
  "/organisations",
  "/protections",
  "/tags",
  "/archive?country=FR",
  "/search?q=Ablyazov",
  "/no-such-page",
];

for (const locale of ["en", "ru"]) {
  test(`public pages in ${locale} pass axe (WCAG 2.1 AA) with no serious or critical violation`, async ({ page }) => {
    // Fifteen pages, each loaded and analysed: more than the default minute on a busy machine.
    test.setTimeout(180_000);
    for (const path of PAGES) {
      await page.goto(`${WEB_URL}/${locale}${path}`);
      const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      const serious = violations
        .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
        .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(" ")).join(", ")})`);
      expect(serious, `${locale}${path}`).toEqual([]);
    }
  });
}
