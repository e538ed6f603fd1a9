import { type Locator, type Page } from "@playwright/test";

type Probe = { latencies: number[] };
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

/** Times every keystroke of the page from its keydown event to the end of the frame that paints what it typed. */
export async function installKeystrokeProbe(page: Page): Promise<void> {
  await page.evaluate(`window.afterNextPaint = ${afterNextPaint.toString()}`);
  await page.evaluate(() => {
    const probe: Probe = { latencies: [] };
    (window as ProbeWindow).keystrokeProbe = probe;
    const paint = (window as unknown as { afterNextPaint: () => Promise<number> }).afterNextPaint;
    document.addEventListener(
      "keydown",
      // The event's own timestamp: time the key waited for a busy main thread counts too.
      (event) => void paint().then((painted) => probe.latencies.push(painted - event.timeStamp)),
      { capture: true },
    );
  });
}

/**
 * Types `text` into `editor` where its caret is, a key every `delayMs`, and returns each key's latency and
 * whether every typed character reached the document.
 */
export async function typeAndTime(page: Page, editor: Locator, text: string, delayMs: number): Promise<{ latencies: number[]; lost: boolean }> {
  await page.evaluate(() => {
    (window as ProbeWindow).keystrokeProbe!.latencies = [];
  });
  await page.keyboard.type(text, { delay: delayMs });
  await page.evaluate(() => (window as unknown as { afterNextPaint: () => Promise<number> }).afterNextPaint());
  const latencies = await page.evaluate(() => (window as ProbeWindow).keystrokeProbe!.latencies);
  const lost = !(await editor.evaluate((element, typed) => (element.textContent ?? "").includes(typed), text));
  return { latencies, lost };
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
