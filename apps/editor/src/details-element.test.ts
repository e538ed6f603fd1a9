import { fileURLToPath } from "node:url";
import { ruleMessages } from "@rightsdesk/eslint-config/rule-messages";
import { describe, expect, it } from "vitest";

const lint = ruleMessages(fileURLToPath(new URL("..", import.meta.url)), "no-restricted-syntax");
const component = (body: string) => `"use client";\nexport function Panel() {\n  return ${body};\n}\n`;

// The first lint loads the config and its plugins: seconds on a busy machine.
describe("folding in the editor's components", { timeout: 30_000 }, () => {
  it("refuses <details>, which slows typing on any page that shows it closed", async () => {
    expect(await lint("src/features/articles/panel.tsx", component("<details><summary>More</summary><p>Text</p></details>"))).toEqual([expect.stringContaining("not <details>")]);
  });

  it("allows Fold, and still refuses the data layer in a client component beside it", async () => {
    expect(await lint("src/features/articles/panel.tsx", component('<Fold label="More"><p>Text</p></Fold>'))).toEqual([]);
    const both = `"use client";\nimport { createArticle } from "@rightsdesk/db/editor";\nexport const x = createArticle;\nexport function Panel() {\n  return <details />;\n}\n`;
    expect(await lint("src/features/articles/panel.tsx", both)).toHaveLength(2);
  });
});
