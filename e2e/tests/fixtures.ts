import { expect, test as base } from "@playwright/test";

export * from "@playwright/test";

/**
 * Playwright's test, failing any test whose page logs a Content Security Policy violation: a script, style
 * or image that the apps' policies block is a broken page for someone, even when the test's own checks pass.
 */
export const test = base.extend<{ cspViolations: undefined }>({
  cspViolations: [
    async ({ page }, use) => {
      const violations: string[] = [];
      // Every tab of the test's browser, the extra ones some tests open too.
      page.context().on("console", (message) => {
        if (message.type() === "error" && /Content Security Policy/i.test(message.text())) violations.push(message.text());
      });
      await use(undefined);
      expect(violations, "Content Security Policy violations").toEqual([]);
    },
    { auto: true },
  ],
});
