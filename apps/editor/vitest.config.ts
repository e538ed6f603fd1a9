import { createRequire } from "node:module";
import path from "node:path";
import { testConfig } from "@rightsdesk/vitest-config";

// `server-only` throws outside React's server build; Next resolves it to its empty module, and so do the tests.
const serverOnly = path.join(path.dirname(createRequire(import.meta.url).resolve("server-only")), "empty.js");

// Next compiles JSX itself (tsconfig "jsx": "preserve"); components under test are compiled by Vite.
export default testConfig("editor", { resolve: { alias: { "server-only": serverOnly } }, oxc: { jsx: { runtime: "automatic" } } });
