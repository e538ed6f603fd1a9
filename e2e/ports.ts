// Ports of the e2e stack; E2E_PORT_BASE moves both, so two checkouts can run their suites at once.
const base = Number(process.env.E2E_PORT_BASE ?? 3100);

export const WEB_PORT = base;
export const EDITOR_PORT = base + 1;
export const WEB_URL = `http://localhost:${WEB_PORT}`;
export const EDITOR_URL = `http://localhost:${EDITOR_PORT}`;

/** A second public site on the same database and Redis cache, when the stack runs with REDIS_URL (see serve.ts). */
export const SECOND_WEB_PORT = base + 2;
export const SECOND_WEB_URL = `http://localhost:${SECOND_WEB_PORT}`;
