import { z } from "zod";
import { type AnswerOf, type EndpointName, type Endpoints, endpoints, type Json, type JsonEndpointName, pathOf } from "./endpoints";

/** A request body serialised already (see withJsonMembers), sent as it is. */
export class JsonText {
  constructor(readonly text: string) {}
}

export type ApiResult<T> = { ok: true; data: T } | { ok: false; status: number; error: string; fields?: Record<string, string> };

/** A member that may be left out when every one of its own members may (`Also`: what else it may be). */
type Member<N extends string, T, Also = never> = Record<never, never> extends T ? { [K in N]?: T | Also } : { [K in N]: T | Also };

/** What a call of one route names: its params, and its body or its query, as the table's schemas take them. */
export type ApiRequest<E> = (E extends { params: z.ZodType } ? Member<"params", z.input<E["params"]>> : never) &
  (E extends { body: z.ZodType } ? Member<"body", z.input<E["body"]>, JsonText> : unknown) &
  (E extends { query: z.ZodType } ? Member<"query", z.input<E["query"]>> : unknown);

/** A call described as data, for a server page to hand to a browser component (which then makes it). */
export type ApiCall<K extends JsonEndpointName> = { [N in K]: { endpoint: N } & ApiRequest<Endpoints[N]> }[K];

/** The answer of a route as the browser reads it: the type the server's handler is checked to return, through JSON. */
export type ApiAnswer<K extends EndpointName> = Json<AnswerOf<Endpoints[K]>>;

/** A refusal as apiRoute sends it (ApiError); anything else (a proxy's page, no body) names no reason. */
const ZProblem = z.object({ error: z.string().optional(), fields: z.record(z.string(), z.string()).optional() }).catch({});

/**
 * Reads a route's answer. The cast is the one place where the contract is trusted rather than checked: the
 * server's handler for this route is type-checked against the same table entry.
 */
export function apiResult<T>(status: number, json: unknown): ApiResult<T> {
  if (status >= 200 && status < 300) return { ok: true, data: json as T };
  const problem = ZProblem.parse(json);
  return { ok: false, status, error: problem.error ?? `The server answered ${status}.`, fields: problem.fields };
}

/**
 * Calls one of the editor's JSON routes from the browser by its name in the table; a network failure comes back
 * as status 0. `keepalive` lets a request sent while the page closes (leaving a version) still reach the server.
 */
export async function callApi<K extends JsonEndpointName>(
  name: K,
  request: ApiRequest<Endpoints[K]>,
  options: { keepalive?: boolean } = {},
): Promise<ApiResult<ApiAnswer<K>>> {
  const endpoint = endpoints[name];
  const { params, body, query } = request as { params?: object; body?: unknown; query?: object };
  const url = pathOf(endpoint, params, query);
  let response: Response;
  try {
    response =
      endpoint.method === "GET"
        ? await fetch(url, { cache: "no-store" })
        : await fetch(url, {
            method: endpoint.method,
            headers: { "content-type": "application/json" },
            body: body instanceof JsonText ? body.text : JSON.stringify(body ?? {}),
            ...options,
          });
  } catch {
    return { ok: false, status: 0, error: "No connection to the server." };
  }
  return apiResult(response.status, await response.json().catch(() => null));
}

/** Makes a call a server page described (see ApiCall). */
export function callDescribed<K extends JsonEndpointName>(call: ApiCall<K>): Promise<ApiResult<ApiAnswer<K>>> {
  return callApi<K>(call.endpoint, call);
}
