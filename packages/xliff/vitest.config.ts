import { testConfig } from "@rightsdesk/vitest-config";

export default testConfig("xliff");
