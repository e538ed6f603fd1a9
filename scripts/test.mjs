// `npm test`: the whole suite — lint, typecheck, unit and integration tests, build, then the browser
// tests of both apps together — and one closing line with the totals.
// DATABASE_URL, if set, names the PostgreSQL server on which each run creates its own fresh databases;
// without it, the tests use embedded PGlite databases in memory.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { bootstrap, root, run } from "./lib/bootstrap.mjs";

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

step("lint and typecheck of the root scripts", "run", "check:root");
const built = step("lint, typecheck, unit and integration tests, build", "turbo", "run", "lint", "typecheck", "test", "build", "--concurrency=2", "--continue");
if (built) step("end-to-end tests in Chromium", "e2e");
else failedSteps.push("end-to-end tests (not run: the build or an earlier check failed)");

let passed = 0;
let failed = 0;
let skipped = 0;
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
  }
}
// A check that failed without counting tests (lint, typecheck, build) counts as one failure.
const uncounted = failedSteps.length && failed === 0 ? failedSteps.length : 0;
if (failedSteps.length) console.info(`\nFailed: ${failedSteps.join("; ")}`);
console.info(`\n${passed} passed, ${failed + uncounted} failed, ${skipped} skipped`);
process.exit(failedSteps.length ? 1 : 0);
