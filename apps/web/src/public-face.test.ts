import { fileURLToPath } from "node:url";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// The web app's own ESLint config, run on a file of the app as a newcomer might write it.
const eslint = new ESLint({ cwd: fileURLToPath(new URL("..", import.meta.url)) });
const restricted = async (source: string) => {
  const [result] = await eslint.lintText(source, { filePath: fileURLToPath(new URL("./lib/new-read.ts", import.meta.url)) });
  return (result?.messages ?? []).filter((message) => message.ruleId === "no-restricted-imports").map((message) => message.message);
};

describe("the public site's imports of the data layer", () => {
  it("refuses the editorial data layer and its other entry points", async () => {
    expect(await restricted('import { db } from "@rightsdesk/db";\nexport const x = db;\n')).toEqual([expect.stringContaining("@rightsdesk/db/public")]);
    expect(await restricted('import { db } from "@rightsdesk/db/editor";\nexport const x = db;\n')).toHaveLength(1);
    expect(await restricted('import { createTestDatabase } from "@rightsdesk/db/test-database";\nexport const x = createTestDatabase;\n')).toHaveLength(1);
  });

  it("takes the public face", async () => {
    expect(await restricted('import { getPublished } from "@rightsdesk/db/public";\nexport const x = getPublished;\n')).toEqual([]);
  });
});
