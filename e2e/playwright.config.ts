import { defineConfig, devices } from "@playwright/test";
import { testDatabaseName } from "@rightsdesk/db/test-database";
import { EDITOR_URL } from "./ports";

// The name of this run's database, chosen here so that the web server (serve.ts) creates it and the tests that look
// into it (stackDatabaseUrl in tests/support.ts) find it: both inherit the runner's environment.
process.env.E2E_DATABASE_NAME ??= testDatabaseName("e2e");

const reportDir = process.env.TEST_REPORT_DIR;

/** Both apps, built, on a fresh database with the demo content (see serve.ts). */
export default defineConfig({
  testDir: "tests",
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ...(reportDir ? [["json", { outputFile: `${reportDir}/playwright.json` }] as const] : [])],
  use: {
    // A trace for every test made the suite a fifth slower: one is recorded on the retry of a failed test.
    trace: "on-first-retry",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        // Debian's Chromium: Playwright's own browser download is not available offline.
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
          args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        },
      },
    },
  ],
  webServer: {
    command: "tsx serve.ts",
    url: `${EDITOR_URL}/login`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
  },
});
