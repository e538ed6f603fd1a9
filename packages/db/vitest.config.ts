import { testConfig } from "@rightsdesk/vitest-config";

// `test:embedded` runs the same tests on an embedded database even when DATABASE_URL names a server: with
// DATABASE_URL set, `npm test` checks the data layer on both engines.
const embedded = process.env.TEST_DATABASE === "embedded";

export default testConfig(embedded ? "db-embedded" : "db", {
  test: {
    globalSetup: ["./test/global-setup.ts"],
    // One database for the run: files go one after another so that counts and listings are theirs alone.
    fileParallelism: false,
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
