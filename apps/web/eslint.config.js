import react from "@rightsdesk/eslint-config/react";

const PUBLIC_FACE = "The public site reads only what readers may see: import from @rightsdesk/db/public (packages/db/src/public.ts).";

export default [
  ...react,
  {
    // The data layer's public face is what keeps drafts and internal records off the site: nothing else may be imported.
    files: ["**/*.{ts,tsx,js,mjs}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [{ name: "@rightsdesk/db", message: PUBLIC_FACE }],
          patterns: [{ group: ["@rightsdesk/db/*", "!@rightsdesk/db/public"], message: PUBLIC_FACE }],
        },
      ],
    },
  },
];
