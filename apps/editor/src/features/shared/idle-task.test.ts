// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { afterDelayWhenIdle, whenIdle } from "./idle-task";

// happy-dom has no requestIdleCallback, as Safari has none: the task runs as soon as its delay is over.
describe("a task put off until the delay is over and the browser is idle", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("does not run before its delay, and runs once after it", () => {
    const task = vi.fn();
    afterDelayWhenIdle(task, 1000);
    vi.advanceTimersByTime(999);
    expect(task).not.toHaveBeenCalled();
    // Then the idle wait: a timer of no delay, which fake timers count as 1 ms.
    vi.advanceTimersByTime(2);
    expect(task).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(5000);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it("never runs once cancelled", () => {
    const task = vi.fn();
    const cancel = afterDelayWhenIdle(task, 1000);
    vi.advanceTimersByTime(500);
    cancel();
    vi.advanceTimersByTime(5000);
    expect(task).not.toHaveBeenCalled();
  });
});

describe("a task run when the browser is idle", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("runs after the call has returned, so that what the caller keeps of it is not left behind", () => {
    let pending: (() => void) | null = null;
    const task = vi.fn(() => {
      pending = null;
    });
    pending = whenIdle(task, 1000);
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(task).toHaveBeenCalledTimes(1);
    expect(pending).toBeNull();
  });

  it("never runs once cancelled", () => {
    const task = vi.fn();
    whenIdle(task, 1000)();
    vi.advanceTimersByTime(5000);
    expect(task).not.toHaveBeenCalled();
  });
});
