import { fileURLToPath } from "node:url";
import { ruleMessages } from "@rightsdesk/eslint-config/rule-messages";
import { describe, expect, it } from "vitest";

// The editor's own ESLint config, run on a client component as a newcomer might write it.
const lint = ruleMessages(fileURLToPath(new URL("..", import.meta.url)), "no-restricted-syntax");
const refused = (source: string) => lint("src/features/articles/new-widget.tsx", source);

// The first lint loads the config and its plugins: seconds on a busy machine.
describe("the data layer in the editor's client components", { timeout: 30_000 }, () => {
  it("refuses a value import from either face in a \"use client\" module", async () => {
    expect(await refused('"use client";\nimport { createArticle } from "@rightsdesk/db/editor";\nexport const x = createArticle;\n')).toEqual([expect.stringContaining("client component")]);
    expect(await refused('"use client";\nimport { listTags } from "@rightsdesk/db/public";\nexport const x = listTags;\n')).toHaveLength(1);
  });

  it("allows types there, and the data layer in server modules", async () => {
    expect(await refused('"use client";\nimport type { Mentionable } from "@rightsdesk/db/editor";\nexport type M = Mentionable;\n')).toEqual([]);
    expect(await refused('import { createArticle } from "@rightsdesk/db/editor";\nexport const x = createArticle;\n')).toEqual([]);
  });
});
