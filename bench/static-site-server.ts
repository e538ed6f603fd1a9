import { type ChildProcess, spawn } from "node:child_process";
import { repoRoot, runStep, waitForHttp } from "../scripts/stack/apps";

/**
 * Builds the benchmarks' baseline Next.js site (bench/static-site: a static page, and a plain Tiptap page)
 * and serves it with `next start` on `port`. `paragraphs` sets the static page's weight.
 */
export async function startStaticSite(port: number, paragraphs = 40): Promise<{ url: string; child: ChildProcess }> {
  await runStep("pnpm", ["--filter", "@rightsdesk/bench", "exec", "next", "build", "static-site"], {
    BENCH_STATIC_PARAGRAPHS: String(paragraphs),
    NEXT_TELEMETRY_DISABLED: "1",
  });
  const child = spawn("pnpm", ["--filter", "@rightsdesk/bench", "exec", "next", "start", "static-site", "--port", String(port)], {
    cwd: repoRoot,
    stdio: ["ignore", "ignore", "inherit"],
  });
  const url = `http://localhost:${port}/`;
  await waitForHttp(url, child);
  return { url, child };
}
