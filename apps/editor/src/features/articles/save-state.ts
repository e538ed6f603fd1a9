/** What the editor tells the writer about their text; pure, so it is unit-tested. */
export type SaveState =
  | { kind: "saved" }
  | { kind: "unsaved" }
  | { kind: "saving" }
  | { kind: "retrying"; message: string; retryAt: number; attempt: number }
  | { kind: "stopped"; message: string }
  /** Someone else saved a newer revision: nothing is saved until the writer chooses what to keep. */
  | { kind: "conflict"; message: string };

export const AUTOSAVE_INTERVAL_MS = 3000;
/** How often, at most, the text being typed is copied into the browser's storage. */
export const LOCAL_DRAFT_DELAY_MS = 1000;
const MAX_RETRY_DELAY_MS = 30_000;

/** 5 s, 10 s, 20 s, then every 30 s. */
export function retryDelay(attempt: number): number {
  return Math.min(5000 * 2 ** (attempt - 1), MAX_RETRY_DELAY_MS);
}

/**
 * After a failed save: a lost connection or a server fault is retried by itself; a refusal
 * (invalid input, no permission, a conflict, an expired session) waits for the writer to act.
 */
export function afterFailure(status: number, error: string, previous: SaveState, now: number): SaveState {
  if (status === 0 || status >= 500) {
    const attempt = previous.kind === "retrying" ? previous.attempt + 1 : 1;
    return { kind: "retrying", message: error, attempt, retryAt: now + retryDelay(attempt) };
  }
  if (status === 409) return { kind: "conflict", message: error };
  return { kind: "stopped", message: error };
}

export function shouldAutosave(state: SaveState, dirty: boolean, now: number): boolean {
  if (!dirty) return false;
  if (state.kind === "unsaved" || state.kind === "saved") return true;
  return state.kind === "retrying" && now >= state.retryAt;
}

export function describe(state: SaveState, now: number): string {
  switch (state.kind) {
    case "saved":
      return "All changes saved";
    case "unsaved":
      return "Unsaved changes";
    case "saving":
      return "Saving…";
    case "retrying":
      return `Save failed — retrying in ${Math.max(1, Math.ceil((state.retryAt - now) / 1000))} s (${state.message})`;
    case "stopped":
      return `Not saved: ${state.message}`;
    case "conflict":
      return "Not saved: someone else saved a newer revision — choose what to keep";
  }
}
