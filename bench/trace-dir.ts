import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** Keeps a trace or a CPU profile as `fileName` in BENCH_TRACE_DIR when it is set (made if missing), to be opened in DevTools' Performance panel. */
export function keepForDevTools(fileName: string, data: string | Buffer): void {
  const dir = process.env.BENCH_TRACE_DIR;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, fileName), data);
}
