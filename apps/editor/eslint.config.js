import react, { CLIENT_DB_IMPORT } from "@rightsdesk/eslint-config/react";

// A closed <details> locks its content out of rendering, and while any lock is on a page Chromium checks every node
// it walks for one: each keystroke in a long article paid for it. Fold (features/shared/ui/disclosure.tsx) folds
// with `hidden` instead.
const DETAILS_ELEMENT = {
  selector: "JSXOpeningElement[name.name='details']",
  message: "Use Fold or Disclosure (features/shared/ui/disclosure.tsx), not <details>: a closed <details> slows typing in the editor.",
};

export default [...react, { files: ["**/*.tsx"], rules: { "no-restricted-syntax": ["error", CLIENT_DB_IMPORT, DETAILS_ELEMENT] } }];
