// Runs `prisma generate` offline. Generate never executes the native schema engine, it only checks that
// one exists; where it cannot be downloaded, any existing file satisfies that check (Prisma's documented
// PRISMA_SCHEMA_ENGINE_BINARY override). A machine that has the engine keeps its own setting.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1" };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= process.execPath;

const result = spawnSync("prisma", ["generate", "--config", "prisma.config.ts"], {
  cwd: root,
  env: { ...env, PATH: `${fileURLToPath(new URL("../node_modules/.bin", import.meta.url))}:${env.PATH}` },
  stdio: "inherit",
});
process.exit(result.status ?? 1);
