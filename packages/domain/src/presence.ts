/** Someone else who has the same language version open. */
export type PresentUser = { id: string; name: string };

/** Editors send a heartbeat this often while the page is open… */
export const PRESENCE_HEARTBEAT_MS = 10_000;
/** …and count as gone once none came for this long (a few missed beats: a closed laptop, a lost tab). */
export const PRESENCE_TTL_MS = 30_000;
