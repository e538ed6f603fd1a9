import { type Browser, type Page } from "@playwright/test";
import { keepForDevTools } from "./trace-dir";

type TraceEvent = { cat?: string; name: string; ph: string; pid: number; tid: number; ts: number; dur?: number; args?: { name?: string; data?: { type?: string } } };

/** The renderer's stages of a frame, and the page's work between frames, by the trace events that time them. */
const STAGES = {
  style: ["UpdateLayoutTree"],
  layout: ["Layout"],
  paint: ["PrePaint", "Paint", "Layerize", "Commit"],
  // The page's own work between the keys' frames (requestIdleCallback), and V8's pauses to collect garbage.
  idle: ["FireIdleCallback"],
  gc: ["MinorGC", "MajorGC"],
} as const;

/**
 * Chromium's own upkeep after each typed character: moving the selection (FrameSelection::SetSelection) and telling
 * the input method the editable's text and caret (UpdateTextInputState). In a 20,000-word editable they take a fifth
 * to a quarter of a key's main-thread time, and up to twice that when each paragraph opens on a mention.
 */
const EDITING_UPKEEP = ["FrameSelection::SetSelection", "WidgetBase::UpdateTextInputStateInternal"];
const CATEGORIES = ["devtools.timeline", "disabled-by-default-devtools.timeline", "blink", "renderer"];

const threadOf = (e: TraceEvent) => `${e.pid}:${e.tid}`;

/** Milliseconds covered by `events`, counting once the time where they nest or overlap. */
function coveredTime(events: TraceEvent[]): number {
  const spans = events.map((e) => [e.ts, e.ts + (e.dur ?? 0)] as const).sort((a, b) => a[0] - b[0]);
  let total = 0;
  let reached = -Infinity;
  for (const [start, end] of spans) {
    if (end <= reached) continue;
    total += end - Math.max(start, reached);
    reached = end;
  }
  return total / 1000;
}

/** Milliseconds `thread` spent in `events` themselves, outside the events nested in them (trace events nest by time). */
function ownTime(thread: TraceEvent[], events: TraceEvent[]): number {
  const sorted = [...thread].sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  return events.reduce((total, event) => {
    const end = event.ts + (event.dur ?? 0);
    let nested = 0;
    let reached = event.ts;
    for (const inner of sorted) {
      if (inner.ts >= end) break;
      // Before the event, around it, or inside a nested event already counted.
      if (inner === event || inner.ts < reached || inner.ts + (inner.dur ?? 0) > end) continue;
      nested += inner.dur ?? 0;
      reached = inner.ts + (inner.dur ?? 0);
    }
    return total + ((event.dur ?? 0) - nested) / 1000;
  }, 0);
}

/**
 * `insertText`: Chromium's own work inserting typed text (the `textInput` event's time outside the scripts and layout it runs);
 * `editingUpkeep`: its selection and input-method upkeep (EDITING_UPKEEP), inside and after the insertion.
 */
export type RendererTime = { tasks: number; insertText: number; editingUpkeep: number } & Record<keyof typeof STAGES, number>;

/**
 * Milliseconds the page's main thread spent in all its tasks, in style, layout and paint, in inserting typed text and in the selection
 * and input-method upkeep after it, from a Chromium
 * trace: the CPU profile puts all but the first under "(program)", which does not tell them apart.
 */
export function rendererTime(events: TraceEvent[]): RendererTime {
  const mainThreads = new Set(events.filter((e) => e.ph === "M" && e.name === "thread_name" && e.args?.name === "CrRendererMain").map(threadOf));
  const onMain = events.filter((e) => e.ph === "X" && mainThreads.has(threadOf(e)));
  // Other pages' renderers idle through the trace: the page's own is the one that laid out most.
  const layouts = new Map<string, number>();
  for (const e of onMain) if (e.name === "Layout") layouts.set(threadOf(e), (layouts.get(threadOf(e)) ?? 0) + 1);
  const page = [...layouts].sort((a, b) => b[1] - a[1])[0]?.[0];
  const thread = onMain.filter((e) => threadOf(e) === page);
  // Stages and the text insertion's own time are counted from the timeline's events only, as DevTools shows them.
  const timeline = thread.filter((e) => e.cat?.includes("devtools.timeline"));
  const sum = (names: readonly string[]) => timeline.filter((e) => names.includes(e.name)).reduce((total, e) => total + (e.dur ?? 0) / 1000, 0);
  const textInputs = timeline.filter((e) => e.name === "EventDispatch" && e.args?.data?.type === "textInput");
  return {
    tasks: sum(["RunTask"]),
    insertText: ownTime(timeline, textInputs),
    editingUpkeep: coveredTime(thread.filter((e) => EDITING_UPKEEP.includes(e.name))),
    style: sum(STAGES.style),
    layout: sum(STAGES.layout),
    paint: sum(STAGES.paint),
    idle: sum(STAGES.idle),
    gc: sum(STAGES.gc),
  };
}

/** Runs `work` while Chromium traces the page's timeline, and returns where its main thread spent the time. */
export async function traceWhile(browser: Browser, page: Page, name: string, work: () => Promise<unknown>): Promise<RendererTime> {
  await browser.startTracing(page, { categories: CATEGORIES });
  await work();
  const buffer = await browser.stopTracing();
  keepForDevTools(`${name}.json`, buffer);
  const trace = JSON.parse(buffer.toString("utf8")) as { traceEvents: TraceEvent[] };
  return rendererTime(trace.traceEvents);
}
