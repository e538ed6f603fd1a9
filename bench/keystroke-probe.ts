import { type Locator, type Page } from "@playwright/test";

type Span = { start: number; end: number };
/** `requests`: the part of a request that runs before fetch returns; `flights`: from then until its answer came. */
type Probe = { keys: Span[]; writes: Span[]; requests: Span[]; flights: Span[] };
type ProbeWindow = Window & { keystrokeProbe?: Probe };

/**
 * Resolves after the frame that follows now has been painted: a requestAnimationFrame callback runs just
 * before the frame's style, layout and paint, and a message posted from it is handled only once they are done.
 * Runs in the page, so it names no outer variable.
 */
function afterNextPaint(): Promise<number> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(null);
    }),
  );
}

/**
 * Times every keystroke of the page from its keydown event to the end of the frame that paints what it typed,
 * and notes when the page writes to localStorage or starts a request (what a save does on the main thread: its
 * body is copied there), so that a slow key can be told to have waited on one of them.
 */
export async function installKeystrokeProbe(page: Page): Promise<void> {
  await page.evaluate(`window.afterNextPaint = ${afterNextPaint.toString()}`);
  await page.evaluate(() => {
    const probe: Probe = { keys: [], writes: [], requests: [], flights: [] };
    (window as ProbeWindow).keystrokeProbe = probe;
    const paint = (window as unknown as { afterNextPaint: () => Promise<number> }).afterNextPaint;
    document.addEventListener(
      "keydown",
      // The event's own timestamp: time the key waited for a busy main thread counts too.
      (event) => void paint().then((painted) => probe.keys.push({ start: event.timeStamp, end: painted })),
      { capture: true },
    );
    // Installed once per page: a second probe on the same page would time every write twice over.
    const storage = Storage.prototype as Storage & { timedByProbe?: boolean };
    if (storage.timedByProbe) return;
    storage.timedByProbe = true;
    const setItem = storage.setItem;
    storage.setItem = function (this: Storage, key: string, value: string) {
      const start = performance.now();
      try {
        setItem.call(this, key, value);
      } finally {
        (window as ProbeWindow).keystrokeProbe?.writes.push({ start, end: performance.now() });
      }
    };
    // The part of a request that runs before fetch returns is the page's; while it is in flight, the rest (sending
    // it, the server, the database) runs in other processes, which on this machine share its two cores.
    const fetch = window.fetch;
    window.fetch = function (...args: Parameters<typeof window.fetch>) {
      const start = performance.now();
      let sent = start;
      try {
        const answer = fetch.apply(this, args);
        // No named function in here: tsx would wrap it in a helper the page does not have.
        void answer
          .catch(() => undefined)
          .then(() => (window as ProbeWindow).keystrokeProbe?.flights.push({ start: sent, end: performance.now() }));
        return answer;
      } finally {
        sent = performance.now();
        (window as ProbeWindow).keystrokeProbe?.requests.push({ start, end: sent });
      }
    };
  });
}

export type KeyTimes = {
  latencies: number[];
  /** For each key, whether a localStorage write ran between its keydown and its paint. */
  duringWrite: boolean[];
  /** For each key, whether a request was started between its keydown and its paint. */
  duringRequest: boolean[];
  /** For each key, whether a request was in flight (sent, not yet answered) between its keydown and its paint. */
  duringFlight: boolean[];
  lost: boolean;
};

/**
 * Types `text` into `editor` where its caret is, a key every `delayMs`, and returns each key's latency,
 * whether it waited on a localStorage write, and whether every typed character reached the document.
 */
export async function typeAndTime(page: Page, editor: Locator, text: string, delayMs: number): Promise<KeyTimes> {
  await page.evaluate(() => {
    const probe = (window as ProbeWindow).keystrokeProbe!;
    probe.keys = [];
    probe.writes = [];
    probe.requests = [];
    probe.flights = [];
  });
  await page.keyboard.type(text, { delay: delayMs });
  await page.evaluate(() => (window as unknown as { afterNextPaint: () => Promise<number> }).afterNextPaint());
  const { keys, writes, requests, flights } = await page.evaluate(() => (window as ProbeWindow).keystrokeProbe!);
  const overlaps = (spans: Span[]) => keys.map((key) => spans.some((span) => span.start < key.end && span.end > key.start));
  const lost = !(await editor.evaluate((element, typed) => (element.textContent ?? "").includes(typed), text));
  return {
    latencies: keys.map((key) => key.end - key.start),
    duringWrite: overlaps(writes),
    duringRequest: overlaps(requests),
    duringFlight: overlaps(flights),
    lost,
  };
}

/**
 * Pastes `html` into `editor` the way a user does, as a `paste` event carrying text/html and text/plain,
 * and returns the time until the frame after it has been painted.
 */
export async function pasteAndTime(editor: Locator, html: string, plain: string): Promise<number> {
  await editor.focus();
  return editor.evaluate(async (element, clipboard) => {
    const data = new DataTransfer();
    data.setData("text/html", clipboard.html);
    data.setData("text/plain", clipboard.plain);
    const started = performance.now();
    element.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
    const painted = await (window as unknown as { afterNextPaint: () => Promise<number> }).afterNextPaint();
    return painted - started;
  }, { html, plain });
}
