// bench:scale (issue #16): the editor's lists at newsroom scale — 10,000 articles × 6 languages with revisions,
// tags and mentions, 5,000 people — on PostgreSQL and on embedded PGlite, each seeded fresh by SQL. Prints, per
// list page and for opening one article, the server's time (first and last byte, median after warm-up) and the
// HTML's size against the target of < 100 ms and < 200 KB. Timings are printed, never asserted.
// Run: pnpm build && DATABASE_URL=postgresql://… pnpm bench:scale   (without DATABASE_URL: PGlite only)
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const measure = fileURLToPath(new URL("scale-measure.ts", import.meta.url));
// One process per database: each gets its own data layer client, bound to its own database.
const runs = [...(process.env.DATABASE_URL ? [{ DATABASE_URL: process.env.DATABASE_URL }] : []), { DATABASE_URL: "" }];
let failed = false;
for (const env of runs) {
  const { DATABASE_URL: _unused, ...rest } = process.env;
  const result = spawnSync("tsx", [measure], { stdio: "inherit", env: { ...rest, ...(env.DATABASE_URL && env) } });
  failed ||= result.status !== 0;
}
if (failed) process.exitCode = 1;
