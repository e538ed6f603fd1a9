import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";
import base from "./base.js";

// A module marked "use client" is shipped to the browser: the data layer (the Prisma client, storage, secrets)
// must never be bundled into it. Types are erased, so `import type` stays allowed.
export const CLIENT_DB_IMPORT = {
  selector:
    "Program:has(> ExpressionStatement[directive='use client']) ImportDeclaration[importKind!='type'][source.value=/^@rightsdesk\\u002Fdb(\\u002F|$)/]",
  message: "A client component cannot import the data layer: read it on the server (a page, a route) and pass the data down.",
};

export default tseslint.config(...base, {
  files: ["**/*.tsx", "**/*.ts"],
  plugins: { "react-hooks": reactHooks },
  rules: {
    "react-hooks/rules-of-hooks": "error",
    "react-hooks/exhaustive-deps": "error",
    "no-restricted-syntax": ["error", CLIENT_DB_IMPORT],
  },
});
