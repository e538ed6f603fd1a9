import { fileURLToPath } from "node:url";
import { ruleMessages } from "@rightsdesk/eslint-config/rule-messages";
import { describe, expect, it } from "vitest";

// The web app's own ESLint config, run on a file of the app as a newcomer might write it.
const lint = ruleMessages(fileURLToPath(new URL("..", import.meta.url)), "no-restricted-imports");
const restricted = (source: string) => lint("src/lib/new-read.ts", source);

// The first lint loads the config and its plugins: seconds on a busy machine.
describe("the public site's imports of the data layer", { timeout: 30_000 }, () => {
  it("refuses the editorial data layer and its other entry points", async () => {
    expect(await restricted('import { db } from "@rightsdesk/db";\nexport const x = db;\n')).toEqual([expect.stringContaining("@rightsdesk/db/public")]);
    expect(await restricted('import { createArticle } from "@rightsdesk/db/editor";\nexport const x = createArticle;\n')).toHaveLength(1);
    expect(await restricted('import { db } from "@rightsdesk/db/client";\nexport const x = db;\n')).toHaveLength(1);
    expect(await restricted('import { createTestDatabase } from "@rightsdesk/db/test-database";\nexport const x = createTestDatabase;\n')).toHaveLength(1);
  });

  it("takes the public face", async () => {
    expect(await restricted('import { getPublished } from "@rightsdesk/db/public";\nexport const x = getPublished;\n')).toEqual([]);
  });
});
