// Plain JavaScript: Node 20 loads this config from node_modules, where it does not compile TypeScript.
import { defineConfig, mergeConfig } from "vitest/config";

/**
 * Every package's test settings. When TEST_REPORT_DIR is set (by `npm test`), results are also
 * written as JSON there, so that the run can print one total for all packages.
 * @param {string} packageName
 * @param {import("vitest/config").ViteUserConfig} [overrides]
 */
export function testConfig(packageName, overrides = {}) {
  const reportDir = process.env.TEST_REPORT_DIR;
  return mergeConfig(
    defineConfig({
      test: {
        include: ["src/**/*.test.ts", "src/**/*.test.tsx"],
        reporters: reportDir ? ["default", "json"] : ["default"],
        outputFile: reportDir ? { json: `${reportDir}/vitest-${packageName}.json` } : undefined,
      },
    }),
    overrides,
  );
}
