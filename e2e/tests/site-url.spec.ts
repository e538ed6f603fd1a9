import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { expect, test } from "./fixtures";

const repoRoot = fileURLToPath(new URL("../../", import.meta.url));

test("the public site refuses to start in production without SITE_URL, saying what to set", async () => {
  const { SITE_URL: _unset, ...inherited } = process.env;
  const env = { ...inherited, NODE_ENV: "production", PORT: "3190" };
  const server = spawn("pnpm", ["--filter", "@rightsdesk/web", "start"], { cwd: repoRoot, env });
  let output = "";
  server.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  server.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => {
    const timer = setTimeout(() => {
      server.kill("SIGTERM");
      resolve(null);
    }, 30_000);
    server.on("exit", (exitCode) => {
      clearTimeout(timer);
      resolve(exitCode);
    });
  });
  expect(code).not.toBe(0);
  expect(code).not.toBeNull();
  expect(output).toContain("SITE_URL is not set");
});
