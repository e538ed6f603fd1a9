/**
 * Runs `task` once `delayMs` have passed and the browser is next idle (a frame painted, no input waiting), and
 * at the latest `delayMs` later still; returns what cancels it. A timer alone fires wherever it falls, sometimes
 * between a keystroke and the frame that paints it, which then waits for the task.
 */
export function afterDelayWhenIdle(task: () => void, delayMs: number): () => void {
  let cancelIdle: (() => void) | null = null;
  const timer = window.setTimeout(() => {
    cancelIdle = whenIdle(task, delayMs);
  }, delayMs);
  return () => {
    window.clearTimeout(timer);
    cancelIdle?.();
  };
}

/**
 * Runs `task` when the browser is next idle, and at the latest after `timeoutMs`; returns what cancels it.
 * Never runs it before returning, so a caller may keep what it returns until the task has run.
 */
export function whenIdle(task: () => void, timeoutMs: number): () => void {
  // Safari has no requestIdleCallback: there the task runs as soon as the current work is done.
  if (typeof window.requestIdleCallback !== "function") {
    const timer = window.setTimeout(task, 0);
    return () => window.clearTimeout(timer);
  }
  const handle = window.requestIdleCallback(() => task(), { timeout: timeoutMs });
  return () => window.cancelIdleCallback(handle);
}
