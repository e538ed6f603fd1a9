import { testConfig } from "@rightsdesk/vitest-config";

export default testConfig("db", {
  test: {
    globalSetup: ["./test/global-setup.ts"],
    // One database for the run: files go one after another so that counts and listings are theirs alone.
    fileParallelism: false,
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
