import { testConfig } from "@rightsdesk/vitest-config";

export default testConfig("web", { test: { include: ["server/**/*.test.ts"] } });
