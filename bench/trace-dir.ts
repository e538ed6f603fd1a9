import { writeFileSync } from "node:fs";
import { join } from "node:path";

/** Keeps a trace or a CPU profile as `fileName` in BENCH_TRACE_DIR when it is set, to be opened in DevTools' Performance panel. */
export function keepForDevTools(fileName: string, data: string | Buffer): void {
  if (process.env.BENCH_TRACE_DIR) writeFileSync(join(process.env.BENCH_TRACE_DIR, fileName), data);
}
