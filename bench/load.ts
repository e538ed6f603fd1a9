import autocannon from "autocannon";

export type LoadResult = { requestsPerSecond: number; p50: number; p99: number; errors: number; non2xx: number };

/** Loads one URL with `connections` concurrent clients for `seconds`, as autocannon measures it. */
export async function load(url: string, { connections = 100, seconds = 10 } = {}): Promise<LoadResult> {
  const result = await autocannon({ url, connections, duration: seconds });
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

export type PageLoadResult = {
  requests: number;
  requestsPerSecond: number;
  latencies: number[];
  /** Responses by status, for those that are neither 2xx nor 3xx. */
  badStatuses: Map<number, number>;
  /** Socket errors and timeouts, with the first few messages. */
  errors: number;
  errorMessages: string[];
  /** Responses by Next's `x-nextjs-cache` header (HIT, STALE, MISS; "none" for a page rendered per request). */
  cacheStates: Map<string, number>;
  /** Per 10 s of the run: responses, those slower than SLOW_MS, and socket errors or timeouts. */
  windows: { responses: number; slow: number; errors: number }[];
};

/** A response this slow is a reader waiting, not a server busy serving many: counted per window. */
export const SLOW_MS = 2_000;
const WINDOW_MS = 10_000;

/**
 * The `x-nextjs-cache` header of a response. autocannon's "headers" event hands over its HTTP parser's info,
 * whose headers are a flat [name, value, …] list (its published types say otherwise), so the shape is checked.
 */
function cacheState(info: unknown): string {
  const headers: unknown[] = typeof info === "object" && info !== null && "headers" in info && Array.isArray(info.headers) ? info.headers : [];
  const at = headers.findIndex((value, i) => i % 2 === 0 && String(value).toLowerCase() === "x-nextjs-cache");
  return at >= 0 ? String(headers[at + 1]) : "none";
}

/**
 * Loads one URL like `load`, keeping every response's time (autocannon reports no 95th percentile, and
 * several loads at once are summed from their samples) and every status that is neither 2xx nor 3xx. It also
 * says whether answers came from Next's cache and when the slow ones and the timeouts happened: a page rendered
 * per request, or one whose cache is missed, shows in the first; a machine that stalls every page at once, in the second.
 * `perConnectionRate` paces each connection to that many requests a second (0: as fast as answered).
 */
export function loadPage(url: string, { connections = 100, seconds = 10, perConnectionRate = 0 } = {}): Promise<PageLoadResult> {
  const latencies: number[] = [];
  const badStatuses = new Map<number, number>();
  const errorMessages: string[] = [];
  const cacheStates = new Map<string, number>();
  const windows: PageLoadResult["windows"] = [];
  const started = performance.now();
  const window = () => (windows[Math.floor((performance.now() - started) / WINDOW_MS)] ??= { responses: 0, slow: 0, errors: 0 });
  return new Promise((resolve, reject) => {
    const setupClient = (client: autocannon.Client) =>
      client.on("headers", (info) => {
        const state = cacheState(info);
        cacheStates.set(state, (cacheStates.get(state) ?? 0) + 1);
      });
    // A rate of 0: each connection asks again as soon as it is answered.
    const pacing = perConnectionRate > 0 ? { connectionRate: perConnectionRate } : {};
    const instance = autocannon({ url, connections, duration: seconds, setupClient, ...pacing }, (error: unknown, result) => {
      if (error) return reject(error instanceof Error ? error : new Error(String(error)));
      resolve({
        requests: latencies.length,
        requestsPerSecond: latencies.length / result.duration,
        latencies,
        badStatuses,
        errors: result.errors,
        errorMessages,
        cacheStates,
        windows: Array.from(windows, (counts) => counts ?? { responses: 0, slow: 0, errors: 0 }),
      });
    });
    instance.on("response", (_client, status, _bytes, responseTime) => {
      latencies.push(responseTime);
      const counts = window();
      counts.responses++;
      if (responseTime > SLOW_MS) counts.slow++;
      if (status >= 400 || status < 200) badStatuses.set(status, (badStatuses.get(status) ?? 0) + 1);
    });
    instance.on("reqError", (error: unknown) => {
      window().errors++;
      if (errorMessages.length < 3) errorMessages.push(error instanceof Error ? error.message : String(error));
    });
  });
}
