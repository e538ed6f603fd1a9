/** What the editor tells the writer about their text; pure, so it is unit-tested. */
export type SaveState =
  | { kind: "saved" }
  | { kind: "unsaved" }
  | { kind: "saving" }
  | { kind: "retrying"; message: string; retryAt: number; attempt: number }
  | { kind: "stopped"; message: string }
  /** Someone else saved a newer revision: nothing is saved until the writer chooses what to keep. */
  | { kind: "conflict"; message: string };

/**
 * The text is saved by itself once the writer pauses, and at the latest after this long of typing without one, as
 * Ghost's editor does (3 s, 60 s): a save of a long text sent mid-sentence competes with the keys for the machine,
 * and every save is a revision. The browser's own copy (LOCAL_DRAFT_DELAY_MS) keeps what is typed meanwhile.
 */
export const AUTOSAVE_PAUSE_MS = 3000;
export const AUTOSAVE_MAX_WAIT_MS = 30_000;
/** How often the editor asks whether an autosave is due. */
export const AUTOSAVE_CHECK_MS = 500;
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

/** Edits the server does not have yet: when the first of them and the last were made. */
export type UnsavedEdits = { since: number; lastAt: number };

export function shouldAutosave(state: SaveState, unsaved: UnsavedEdits | null, now: number): boolean {
  if (!unsaved) return false;
  if (state.kind === "retrying") return now >= state.retryAt;
  if (state.kind !== "unsaved" && state.kind !== "saved") return false;
  return now - unsaved.lastAt >= AUTOSAVE_PAUSE_MS || now - unsaved.since >= AUTOSAVE_MAX_WAIT_MS;
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
