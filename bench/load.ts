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
};

/**
 * Loads one URL like `load`, keeping every response's time (autocannon reports no 95th percentile, and
 * several loads at once are summed from their samples) and every status that is neither 2xx nor 3xx.
 */
export function loadPage(url: string, { connections = 100, seconds = 10 } = {}): Promise<PageLoadResult> {
  const latencies: number[] = [];
  const badStatuses = new Map<number, number>();
  const errorMessages: string[] = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon({ url, connections, duration: seconds }, (error: unknown, result) => {
      if (error) return reject(error instanceof Error ? error : new Error(String(error)));
      resolve({ requests: latencies.length, requestsPerSecond: latencies.length / result.duration, latencies, badStatuses, errors: result.errors, errorMessages });
    });
    instance.on("response", (_client, status, _bytes, responseTime) => {
      latencies.push(responseTime);
      if (status >= 400 || status < 200) badStatuses.set(status, (badStatuses.get(status) ?? 0) + 1);
    });
    instance.on("reqError", (error: unknown) => {
      if (errorMessages.length < 3) errorMessages.push(error instanceof Error ? error.message : String(error));
    });
  });
}
