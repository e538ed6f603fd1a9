// What a fresh clone needs before anything else can run: pnpm and the workspace's packages.
// Plain Node on purpose: nothing is installed yet when this runs.
import { spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";

export const root = new URL("../../", import.meta.url).pathname;

export function run(command, args, options = {}) {
  // Turborepo's telemetry would try to reach the network, which offline machines do not have.
  const env = { TURBO_TELEMETRY_DISABLED: "1", ...(options.env ?? process.env) };
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", ...options, env });
  return result.status ?? 1;
}

function works(command, args) {
  return spawnSync(command, args, { cwd: root, stdio: "ignore" }).status === 0;
}

/** The command that runs pnpm 10: a global one, one installed now, or one fetched through npx. */
export function ensurePnpm() {
  if (works("pnpm", ["--version"])) return ["pnpm"];
  console.info("Installing pnpm 10 (npm install -g pnpm@10)…");
  if (run("npm", ["install", "-g", "pnpm@10"]) === 0 && works("pnpm", ["--version"])) return ["pnpm"];
  console.info("No permission for a global install; using pnpm through npx.");
  return ["npx", "--yes", "pnpm@10"];
}

/** Installs the workspace when node_modules is missing or older than the lockfile. */
export function ensureInstalled(pnpm) {
  const marker = `${root}node_modules/.modules.yaml`;
  const lock = `${root}pnpm-lock.yaml`;
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return;
  console.info("Installing packages (pnpm install)…");
  const [command, ...prefix] = pnpm;
  if (run(command, [...prefix, "install", "--frozen-lockfile"]) !== 0) {
    console.error("pnpm install failed; see the messages above.");
    process.exit(1);
  }
}

export function bootstrap() {
  const pnpm = ensurePnpm();
  ensureInstalled(pnpm);
  return pnpm;
}
