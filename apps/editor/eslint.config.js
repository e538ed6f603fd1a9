import react, { CLIENT_DB_IMPORT } from "@rightsdesk/eslint-config/react";

// A closed <details> locks its content out of rendering, and while any lock is on a page Chromium checks every node
// it walks for one: each keystroke in a long article paid for it. Fold (features/shared/ui/disclosure.tsx) folds
// with `hidden` instead.
const DETAILS_ELEMENT = {
  selector: "JSXOpeningElement[name.name='details']",
  message: "Use Fold or Disclosure (features/shared/ui/disclosure.tsx), not <details>: a closed <details> slows typing in the editor.",
};

// The editor changes data only through the editorial face, whose commands check the acting user's permission and
// write the audit log; the raw client (@rightsdesk/db/client) and the tools' entries are for the seed, scripts,
// benches and tests.
const EDITOR_FACE = "The editor reads and writes through @rightsdesk/db/editor (or /public, /xliff), whose commands check permissions and audit.";

// Tiptap's useEditorState runs its selector and React's comparison inside every transaction, before the key's frame
// is painted; useIdleEditorState reads once the browser is idle after a burst of keys.
const EDITOR_STATE = {
  name: "@tiptap/react",
  importNames: ["useEditorState"],
  message: "Use useIdleEditorState (features/articles/editor/use-idle-editor-state.ts): useEditorState runs inside every keystroke.",
};

export default [
  ...react,
  { files: ["**/*.tsx"], rules: { "no-restricted-syntax": ["error", CLIENT_DB_IMPORT, DETAILS_ELEMENT] } },
  {
    files: ["**/*.{ts,tsx,js,mjs}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [EDITOR_STATE],
          patterns: [{ group: ["@rightsdesk/db/*", "!@rightsdesk/db/editor", "!@rightsdesk/db/public", "!@rightsdesk/db/xliff"], message: EDITOR_FACE }],
        },
      ],
    },
  },
];
