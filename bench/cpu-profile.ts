import { type Page } from "@playwright/test";
import { keepForDevTools } from "./trace-dir";

type ProfileNode = { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number } };
type Profile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };

export type HotFunction = { name: string; where: string; selfMs: number; url: string; line: number; column: number };

// Not time spent working. "(program)" stays: it is the renderer's own work (style, layout, paint), outside any script.
const NOT_CODE = new Set(["(idle)", "(root)"]);

/** The functions that ran longest themselves (not counting what they called), from a CDP sampling profile. */
export function hottestFunctions(profile: Profile, count: number): HotFunction[] {
  const byNode = new Map(profile.nodes.map((node) => [node.id, node]));
  const totals = new Map<string, HotFunction>();
  profile.samples.forEach((id, index) => {
    const frame = byNode.get(id)?.callFrame;
    if (!frame || NOT_CODE.has(frame.functionName)) return;
    // Lines and columns are 0-based in the protocol; shown 1-based as editors and stack traces do.
    const where = frame.url ? `${frame.url.replace(/^https?:\/\/[^/]+/, "")}:${frame.lineNumber + 1}:${frame.columnNumber + 1}` : "(native)";
    const key = `${frame.functionName}@${where}`;
    const entry = totals.get(key) ?? { name: frame.functionName || "(anonymous)", where, selfMs: 0, url: frame.url, line: frame.lineNumber, column: frame.columnNumber };
    entry.selfMs += (profile.timeDeltas[index] ?? 0) / 1000;
    totals.set(key, entry);
  });
  return [...totals.values()].sort((a, b) => b.selfMs - a.selfMs).slice(0, count);
}

/** Runs `work` under Chromium's sampling profiler and returns the profile (kept as `<name>.cpuprofile`, see keepForDevTools). */
export async function profileWhile(page: Page, name: string, work: () => Promise<unknown>): Promise<Profile> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
  await cdp.send("Profiler.start");
  await work();
  const { profile } = await cdp.send("Profiler.stop");
  await cdp.detach();
  keepForDevTools(`${name}.cpuprofile`, JSON.stringify(profile));
  return profile as Profile;
}

/**
 * The start of a function's minified source, which names what a mangled name does not (the properties and
 * strings it uses); "" for native code.
 */
export async function sourceExcerpt(fn: HotFunction, length = 90): Promise<string> {
  if (!fn.url.startsWith("http")) return "";
  const lines = (await (await fetch(fn.url)).text()).split("\n");
  return (lines[fn.line] ?? "").slice(fn.column, fn.column + length);
}
