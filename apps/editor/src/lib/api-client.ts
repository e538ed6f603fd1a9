import { type ApiError } from "@rightsdesk/domain";

export type ApiResult<T> = { ok: true; data: T } | { ok: false; status: number; error: string; fields?: Record<string, string> };

/**
 * Calls one of the editor's JSON routes from the browser; a network failure comes back as status 0.
 * `keepalive` lets a request sent while the page closes (leaving a version) still reach the server.
 */
export async function callApi<T>(
  method: "GET" | "POST" | "PUT" | "DELETE",
  url: string,
  body?: unknown,
  options: { keepalive?: boolean } = {},
): Promise<ApiResult<T>> {
  let response: Response;
  try {
    response =
      method === "GET"
        ? await fetch(url, { cache: "no-store" })
        : await fetch(url, { method, headers: { "content-type": "application/json" }, body: JSON.stringify(body ?? {}), ...options });
  } catch {
    return { ok: false, status: 0, error: "No connection to the server." };
  }
  const json: unknown = await response.json().catch(() => null);
  if (response.ok) return { ok: true, data: json as T };
  const problem = (json ?? {}) as Partial<ApiError>;
  return { ok: false, status: response.status, error: problem.error ?? `The server answered ${response.status}.`, fields: problem.fields };
}
