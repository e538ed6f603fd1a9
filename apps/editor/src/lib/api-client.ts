import { type ApiError } from "./api";

export type ApiResult<T> = { ok: true; data: T } | { ok: false; status: number; error: string; fields?: Record<string, string> };

/** Calls one of the editor's JSON routes from the browser; a network failure comes back as status 0. */
export async function callApi<T>(method: "GET" | "POST" | "PUT" | "DELETE", url: string, body?: unknown): Promise<ApiResult<T>> {
  let response: Response;
  try {
    const json = method === "GET" ? {} : { headers: { "content-type": "application/json" }, body: JSON.stringify(body) };
    response = await fetch(url, { method, ...json });
  } catch {
    return { ok: false, status: 0, error: "No connection to the server." };
  }
  const json: unknown = await response.json().catch(() => null);
  if (response.ok) return { ok: true, data: json as T };
  const problem = (json ?? {}) as Partial<ApiError>;
  return { ok: false, status: response.status, error: problem.error ?? `The server answered ${response.status}.`, fields: problem.fields };
}
