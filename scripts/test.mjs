// `npm test`: the whole suite — lint, typecheck, unit and integration tests, build, then the browser
// tests of both apps together — and one closing line with the totals.
// DATABASE_URL, if set, names the PostgreSQL server on which each run creates its own fresh databases;
// without it, the tests use embedded PGlite databases in memory. REDIS_URL, if set, runs the browser tests
// with two public sites sharing their cache through that Redis.
// `npm test -- --only-e2e` runs the browser tests alone, on builds that already exist; what follows it goes to
// Playwright (`npm test -- --only-e2e --grep @embedded`).
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { bootstrap, root, run } from "./lib/bootstrap.mjs";

// Said before anything is installed or built: the browser tests cannot run without it.
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!existsSync(chromium)) {
  console.error(`Chromium is not at ${chromium}: the browser tests need it.
Install Debian's (apt-get install chromium) or set CHROMIUM_PATH to another Chromium, then run npm test again.`);
  process.exit(1);
}

const onlyE2e = process.argv.includes("--only-e2e");
const playwrightArgs = onlyE2e ? process.argv.slice(process.argv.indexOf("--only-e2e") + 1) : [];
const [command, ...prefix] = bootstrap();
const pnpm = (...args) => run(command, [...prefix, ...args], { env: { ...process.env, TEST_REPORT_DIR: reportDir } });

const reportDir = join(root, ".test-results");
rmSync(reportDir, { recursive: true, force: true });
mkdirSync(reportDir, { recursive: true });

const failedSteps = [];
function step(name, ...args) {
  console.info(`\n=== ${name}`);
  const ok = pnpm(...args) === 0;
  if (!ok) failedSteps.push(name);
  return ok;
}

const database = process.env.DATABASE_URL ? "PostgreSQL" : "the embedded database";
const cache = process.env.REDIS_URL ? "two public sites sharing Redis" : "one public site, cache in memory";
if (onlyE2e) {
  step(`end-to-end tests in Chromium (${database}, ${cache})`, "e2e", ...playwrightArgs);
} else {
  step("lint and typecheck of the root scripts", "run", "check:root");
  // On PostgreSQL the data layer's integration tests run a second time on the embedded database (test:embedded),
  // the newcomer's engine, in a third lane so that neither database's run waits for the other to end.
  const tasks = process.env.DATABASE_URL ? ["test", "test:embedded", "--concurrency=3"] : ["test", "--concurrency=2"];
  const built = step("lint, typecheck, unit and integration tests, build", "turbo", "run", "lint", "typecheck", "build", ...tasks, "--continue");
  if (built) step(`end-to-end tests in Chromium (${database}, ${cache})`, "e2e");
  else failedSteps.push("end-to-end tests (not run: the build or an earlier check failed)");
}

/** Titles of the tests that failed first and passed on retry: they count as passed, but are work to fix. */
function flakyTitles(suites, path = []) {
  return suites.flatMap((suite) => [
    ...(suite.specs ?? []).filter((spec) => spec.tests.some((t) => t.status === "flaky")).map((spec) => [...path, spec.title].join(" › ")),
    ...flakyTitles(suite.suites ?? [], [...path, suite.title]),
  ]);
}

let passed = 0;
let failed = 0;
let skipped = 0;
let flaky = [];
for (const file of existsSync(reportDir) ? readdirSync(reportDir) : []) {
  const report = JSON.parse(readFileSync(join(reportDir, file), "utf8"));
  if (file.startsWith("vitest-")) {
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    skipped += report.numPendingTests + report.numTodoTests;
  } else if (file === "playwright.json") {
    passed += report.stats.expected + report.stats.flaky;
    failed += report.stats.unexpected;
    skipped += report.stats.skipped;
    flaky = flakyTitles(report.suites ?? []);
  }
}
if (flaky.length) console.info(`\nFlaky (failed, then passed on retry; counted as passed, to be fixed):\n${flaky.map((t) => `  - ${t}`).join("\n")}`);
// A check that failed without counting tests (lint, typecheck, build) counts as one failure.
const uncounted = failedSteps.length && failed === 0 ? failedSteps.length : 0;
if (failedSteps.length) console.info(`\nFailed: ${failedSteps.join("; ")}`);
console.info(`\n${passed} passed, ${failed + uncounted} failed, ${skipped} skipped`);
process.exit(failedSteps.length ? 1 : 0);
