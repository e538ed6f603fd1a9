import { testConfig } from "@rightsdesk/vitest-config";

export default testConfig("rich-text");
