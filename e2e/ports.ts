// Ports of the e2e stack; E2E_PORT_BASE moves both, so two checkouts can run their suites at once.
const base = Number(process.env.E2E_PORT_BASE ?? 3100);

export const WEB_PORT = base;
export const EDITOR_PORT = base + 1;
export const WEB_URL = `http://localhost:${WEB_PORT}`;
export const EDITOR_URL = `http://localhost:${EDITOR_PORT}`;
