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
        // A test file's modules are loaded once per worker, not once per file: importing Prisma, zod and Tiptap
        // again for every file was a third of the data layer's test time. No test mocks modules or keeps state
        // between files.
        isolate: false,
        reporters: reportDir ? ["default", "json"] : ["default"],
        outputFile: reportDir ? { json: `${reportDir}/vitest-${packageName}.json` } : undefined,
      },
    }),
    overrides,
  );
}
