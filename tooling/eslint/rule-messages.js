import { join } from "node:path";
import { ESLint } from "eslint";

/**
 * For tests that prove a boundary rule fires: lints a source text with the ESLint config of the package at
 * `packageDir`, as if it were the file `file` there, and gives the messages of the rule `ruleId`.
 */
export function ruleMessages(packageDir, ruleId) {
  const eslint = new ESLint({ cwd: packageDir });
  return async (file, source) => {
    const [result] = await eslint.lintText(source, { filePath: join(packageDir, file) });
    return (result?.messages ?? []).filter((message) => message.ruleId === ruleId).map((message) => message.message);
  };
}
