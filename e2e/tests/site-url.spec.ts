import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { expect, test } from "./fixtures";

const repoRoot = fileURLToPath(new URL("../../", import.meta.url));

/** Starts the public site as a deployment does, with this run's environment less `unset` plus `set`; resolves when it exits. */
async function startPublicSite(unset: readonly string[], set: Record<string, string>) {
  const env = Object.fromEntries(Object.entries({ ...process.env, NODE_ENV: "production", PORT: "3190", ...set }).filter(([key]) => !unset.includes(key)));
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
  return { code, output };
}

test("the public site refuses to start in production without SITE_URL, saying what to set", async () => {
  const { code, output } = await startPublicSite(["SITE_URL", "REDIS_URL"], {});
  expect(code).not.toBe(0);
  expect(code).not.toBeNull();
  expect(output).toContain("SITE_URL is not set");
});

test("a public site sharing a Redis cache refuses to start without the servers' shared secret, saying so", async () => {
  const { code, output } = await startPublicSite(["REVALIDATE_SECRET"], { REDIS_URL: "redis://127.0.0.1:6379", SITE_URL: "http://localhost:3190" });
  expect(code).not.toBe(0);
  expect(code).not.toBeNull();
  expect(output).toContain("REDIS_URL is set but REVALIDATE_SECRET is not");
});
