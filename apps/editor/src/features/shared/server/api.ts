import "server-only";
import { type Actor, assertAllowed, isDatabaseUnavailable } from "@rightsdesk/db/editor";
import { type Action, type ApiError, AppError, isAppError, storableJson } from "@rightsdesk/domain";
import { NextResponse } from "next/server";
import { z } from "zod";
import { type FileEndpoint, type JsonEndpoint, type Ok, type Responds } from "~/features/shared/endpoints";
import { env } from "./env";
import { requireActor } from "./session";

function errorResponse(status: number, body: ApiError) {
  return NextResponse.json(body, { status });
}

function fieldsOf(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) fields[issue.path.join(".") || "body"] ??= issue.message;
  return fields;
}

async function readJson(request: Request): Promise<unknown> {
  const text = await request.text();
  // No body at all (a DELETE from a script) is an empty object; the schema says whether that will do.
  if (text === "") return {};
  // A form or a plain-text body can be sent across sites without asking first; JSON cannot.
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/json\s*(;|$)/i.test(type)) throw new AppError("unsupported_media_type", "Send the request body as JSON (Content-Type: application/json).");
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new AppError("validation", "The request body is not valid JSON.");
  }
  return storableJson(parsed);
}

type Context<P> = { params: Promise<P> };

const STATE_CHANGING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** The origin pages of the editor are served from: the configured address, else the one the request names. */
function ownOrigin(request: Request): string {
  return env.NEXTAUTH_URL ? new URL(env.NEXTAUTH_URL).origin : new URL(request.url).origin;
}

/**
 * Refuses a state-changing request made by a page of another origin with the editor's cookie (CSRF),
 * another port of the same host included. Browsers say where a request comes from (Sec-Fetch-Site, Origin);
 * a request that says neither comes from no page (a script of the user's own) and carries no risk of this kind.
 */
function assertSameOrigin(request: Request): void {
  if (!STATE_CHANGING.has(request.method)) return;
  const site = request.headers.get("sec-fetch-site");
  const origin = request.headers.get("origin");
  if ((site !== null && site !== "same-origin") || (origin !== null && origin !== ownOrigin(request))) {
    throw new AppError("forbidden", "This request did not come from a page of the editor, so it was refused.");
  }
}

const DATABASE_UNAVAILABLE = "The database cannot be reached right now. Your text is kept in this browser and saved as soon as it is back.";

/** The response for a failure: a 4xx with a JSON message a person can read, a 503 while the database is away; only a bug gives a 500. */
export function failureResponse(error: unknown) {
  if (isAppError(error)) return errorResponse(error.status, { error: error.message, fields: error.fields });
  if (error instanceof z.ZodError) {
    const fields = fieldsOf(error);
    return errorResponse(400, { error: Object.values(fields)[0] ?? "Invalid input", fields });
  }
  if (isDatabaseUnavailable(error)) {
    console.error("The database cannot be reached:", error instanceof Error ? error.message : error);
    return errorResponse(503, { error: DATABASE_UNAVAILABLE });
  }
  console.error(error);
  return errorResponse(500, { error: "Something went wrong on the server. Your text is kept; try again." });
}

/**
 * Who may call a route: the action it performs (from its address, when that names the language), or "signed-in"
 * when any user may, or when what is allowed depends on the body or the record (a workflow transition, a comment's
 * author, the languages of a media patch) and the data layer decides. Checked before the body or query is read,
 * so a role without the right is refused with a 403 whatever it sent, never told what its input lacks.
 */
export type RouteAccess<P> = "signed-in" | Action | ((params: P) => Action);

function assertAccess<P>(actor: Actor, access: RouteAccess<P>, params: P): void {
  if (access === "signed-in") return;
  assertAllowed(actor, typeof access === "function" ? access(params) : access);
}

/** What a handler returns for its route's answer; one that answers Ok may return nothing. */
type Result<T> = T extends Ok ? T | void : T;
type Schema = z.ZodType<object>;

/**
 * Wraps a route handler that reads the request itself (an upload) or answers with something other
 * than JSON (a file): signs in the actor, validates route params, checks access, and turns failures into JSON 4xx.
 */
export function apiRequestRoute<P extends Schema>(
  endpoint: (FileEndpoint | JsonEndpoint) & { params: P },
  access: RouteAccess<z.output<P>>,
  handler: (input: { actor: Actor; params: z.output<P>; request: Request }) => Promise<Response>,
) {
  return async (request: Request, context: Context<unknown>) => {
    try {
      assertSameOrigin(request);
      const actor = await requireActor();
      // Routes without dynamic segments get no params object at all.
      const params = endpoint.params.parse((await context.params) ?? {});
      assertAccess(actor, access, params);
      return await handler({ actor, params, request });
    } catch (error) {
      return failureResponse(error);
    }
  };
}

/** The JSON answer of a file route (an upload), checked against its entry in the table. */
export function jsonAnswer<R>(_endpoint: FileEndpoint & { response: Responds<R> }, answer: NoInfer<R>, init?: ResponseInit) {
  return NextResponse.json(answer, init);
}

/** Wraps a JSON route handler: signs in the actor, validates route params, checks access, then validates the body with zod. */
export function apiRoute<P extends Schema, B extends Schema, R>(
  endpoint: JsonEndpoint & { params: P; body: B; response: Responds<R> },
  access: RouteAccess<z.output<P>>,
  handler: (input: { actor: Actor; params: z.output<P>; body: z.output<B> }) => Promise<Result<NoInfer<R>>>,
) {
  return apiRequestRoute(endpoint, access, async ({ actor, params, request }) => {
    const body = endpoint.body.parse(await readJson(request));
    const result = await handler({ actor, params, body });
    return NextResponse.json(result ?? { ok: true });
  });
}

/** Wraps a GET handler the same way, validating the search params instead of a body. */
export function apiQueryRoute<P extends Schema, Q extends Schema, R>(
  endpoint: JsonEndpoint & { params: P; query: Q; response: Responds<R> },
  access: RouteAccess<z.output<P>>,
  handler: (input: { actor: Actor; params: z.output<P>; query: z.output<Q> }) => Promise<Result<NoInfer<R>>>,
) {
  return apiRequestRoute(endpoint, access, async ({ actor, params, request }) => {
    const query = endpoint.query.parse(Object.fromEntries(new URL(request.url).searchParams));
    return NextResponse.json((await handler({ actor, params, query })) ?? { ok: true });
  });
}
