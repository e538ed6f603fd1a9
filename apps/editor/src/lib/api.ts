import { type Actor } from "@rightsdesk/db";
import { AppError, isAppError, withoutNulChars } from "@rightsdesk/domain";
import { NextResponse } from "next/server";
import { z } from "zod";
import { requireActor } from "./session";

export type ApiError = { error: string; fields?: Record<string, string> };

function errorResponse(status: number, body: ApiError) {
  return NextResponse.json(body, { status });
}

function fieldsOf(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) fields[issue.path.join(".") || "body"] ??= issue.message;
  return fields;
}

async function readJson(request: Request): Promise<unknown> {
  try {
    return withoutNulChars(await request.json());
  } catch {
    throw new AppError("validation", "The request body is not valid JSON.");
  }
}

type Context<P> = { params: Promise<P> };

/** The response for a failure: a 4xx with a JSON message a person can read; only a bug gives a 500. */
function failureResponse(error: unknown) {
  if (isAppError(error)) return errorResponse(error.status, { error: error.message, fields: error.fields });
  if (error instanceof z.ZodError) {
    const fields = fieldsOf(error);
    return errorResponse(400, { error: Object.values(fields)[0] ?? "Invalid input", fields });
  }
  console.error(error);
  return errorResponse(500, { error: "Something went wrong on the server. Your text is kept; try again." });
}

/**
 * Wraps a route handler that reads the request itself (an upload) or answers with something other
 * than JSON (a file): signs in the actor, validates route params, and turns failures into JSON 4xx.
 */
export function apiRequestRoute<P>(
  paramsSchema: z.ZodType<P>,
  handler: (input: { actor: Actor; params: P; request: Request }) => Promise<Response>,
) {
  return async (request: Request, context: Context<unknown>) => {
    try {
      const actor = await requireActor();
      // Routes without dynamic segments get no params object at all.
      const params = paramsSchema.parse((await context.params) ?? {});
      return await handler({ actor, params, request });
    } catch (error) {
      return failureResponse(error);
    }
  };
}

/** Wraps a JSON route handler: signs in the actor and validates route params and body with zod. */
export function apiRoute<P, B>(
  schemas: { params: z.ZodType<P>; body: z.ZodType<B> },
  handler: (input: { actor: Actor; params: P; body: B }) => Promise<unknown>,
) {
  return apiRequestRoute(schemas.params, async ({ actor, params, request }) => {
    // A GET carries no body; its schema is the empty object.
    const body = schemas.body.parse(request.method === "GET" ? {} : await readJson(request));
    const result = await handler({ actor, params, body });
    return NextResponse.json(result ?? { ok: true });
  });
}

/** Wraps a GET handler the same way, validating the search params instead of a body. */
export function apiQueryRoute<P, Q>(
  schemas: { params: z.ZodType<P>; query: z.ZodType<Q> },
  handler: (input: { actor: Actor; params: P; query: Q }) => Promise<unknown>,
) {
  return apiRequestRoute(schemas.params, async ({ actor, params, request }) => {
    const query = schemas.query.parse(Object.fromEntries(new URL(request.url).searchParams));
    return NextResponse.json((await handler({ actor, params, query })) ?? { ok: true });
  });
}
