import { testConfig } from "@rightsdesk/vitest-config";

// Next compiles JSX itself (tsconfig "jsx": "preserve"); components under test are compiled by Vite.
export default testConfig("editor", { oxc: { jsx: { runtime: "automatic" } } });
