import { fileURLToPath } from "node:url";
import { ruleMessages } from "@rightsdesk/eslint-config/rule-messages";
import { describe, expect, it } from "vitest";

// The editor's own ESLint config, run on a server module of the app as a newcomer might write it.
const lint = ruleMessages(fileURLToPath(new URL("..", import.meta.url)), "no-restricted-imports");
const restricted = (source: string) => lint("src/features/articles/server/new-read.ts", source);

// The first lint loads the config and its plugins: seconds on a busy machine.
describe("the editor's imports of the data layer", { timeout: 30_000 }, () => {
  it("refuses the raw database client and the tools' entries, which skip permission checks and the audit log", async () => {
    expect(await restricted('import { db } from "@rightsdesk/db/client";\nexport const x = db;\n')).toEqual([expect.stringContaining("@rightsdesk/db/editor")]);
    expect(await restricted('import { createTestDatabase } from "@rightsdesk/db/test-database";\nexport const x = createTestDatabase;\n')).toHaveLength(1);
  });

  it("takes the editorial face, the public face and the XLIFF entry", async () => {
    for (const [name, entry] of [["createArticle", "editor"], ["getPublished", "public"], ["exportVersionXliff", "xliff"]]) {
      expect(await restricted(`import { ${name} } from "@rightsdesk/db/${entry}";\nexport const x = ${name};\n`), entry).toEqual([]);
    }
  });
});
