import { describe as group, expect, it } from "vitest";
import { afterFailure, AUTOSAVE_MAX_WAIT_MS, AUTOSAVE_PAUSE_MS, describe, retryDelay, type SaveState, shouldAutosave } from "./save-state";

/** Edits made from `since` to `lastAt`, none saved yet. */
const typed = (since: number, lastAt: number) => ({ since, lastAt });

group("save state", () => {
  it("retries lost connections and server faults with growing delays", () => {
    const first = afterFailure(0, "No connection", { kind: "saving" }, 1000);
    expect(first).toEqual({ kind: "retrying", message: "No connection", attempt: 1, retryAt: 6000 });
    const second = afterFailure(503, "Down", first, 7000);
    expect(second).toMatchObject({ attempt: 2, retryAt: 17_000 });
    expect(retryDelay(10)).toBe(30_000);
  });

  it.each([400, 401, 403])("stops autosaving after a %i until the writer acts", (status) => {
    const state = afterFailure(status, "Refused", { kind: "saving" }, 0);
    expect(state).toEqual({ kind: "stopped", message: "Refused" });
    expect(shouldAutosave(state, typed(0, 0), 10_000_000)).toBe(false);
  });

  it("stops autosaving on a conflict until the writer chooses what to keep", () => {
    const state = afterFailure(409, "Someone else saved", { kind: "saving" }, 0);
    expect(state).toEqual({ kind: "conflict", message: "Someone else saved" });
    expect(shouldAutosave(state, typed(0, 0), 10_000_000)).toBe(false);
    expect(describe(state, 0)).toMatch(/^Not saved: someone else saved a newer revision/);
  });

  it("autosaves unsaved text once the writer pauses, and a retry only when its time has come", () => {
    const retrying: SaveState = { kind: "retrying", message: "x", attempt: 1, retryAt: 5000 };
    const paused = typed(0, 1000);
    expect(shouldAutosave({ kind: "unsaved" }, paused, 1000 + AUTOSAVE_PAUSE_MS - 1)).toBe(false);
    expect(shouldAutosave({ kind: "unsaved" }, paused, 1000 + AUTOSAVE_PAUSE_MS)).toBe(true);
    expect(shouldAutosave({ kind: "saved" }, null, 10_000_000)).toBe(false);
    expect(shouldAutosave({ kind: "saving" }, paused, 10_000_000)).toBe(false);
    expect(shouldAutosave(retrying, typed(0, 4998), 4999)).toBe(false);
    expect(shouldAutosave(retrying, typed(0, 4999), 5000)).toBe(true);
  });

  it("saves a writer who never pauses at the latest after a while of typing", () => {
    const now = AUTOSAVE_MAX_WAIT_MS;
    expect(shouldAutosave({ kind: "unsaved" }, typed(1, now - 50), now)).toBe(false);
    expect(shouldAutosave({ kind: "unsaved" }, typed(0, now - 50), now)).toBe(true);
  });

  it("says what happened in words", () => {
    expect(describe({ kind: "saved" }, 0)).toBe("All changes saved");
    expect(describe({ kind: "retrying", message: "No connection", attempt: 1, retryAt: 4200 }, 1000)).toBe(
      "Save failed — retrying in 4 s (No connection)",
    );
    expect(describe({ kind: "stopped", message: "Title is required" }, 0)).toBe("Not saved: Title is required");
  });
});
