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

/** Turns every failure into a 4xx with a JSON message a person can read; only a bug gives a 500. */
async function respond(run: () => Promise<unknown>) {
  try {
    return NextResponse.json((await run()) ?? { ok: true });
  } catch (error) {
    if (isAppError(error)) return errorResponse(error.status, { error: error.message, fields: error.fields });
    if (error instanceof z.ZodError) {
      const fields = fieldsOf(error);
      return errorResponse(400, { error: Object.values(fields)[0] ?? "Invalid input", fields });
    }
    console.error(error);
    return errorResponse(500, { error: "Something went wrong on the server. Your text is kept; try again." });
  }
}

/** Wraps a JSON route handler: signs in the actor and validates route params and body with zod. */
export function apiRoute<P, B>(
  schemas: { params: z.ZodType<P>; body: z.ZodType<B> },
  handler: (input: { actor: Actor; params: P; body: B }) => Promise<unknown>,
) {
  return (request: Request, context: Context<unknown>) =>
    respond(async () => {
      const actor = await requireActor();
      // Routes without dynamic segments get no params object at all.
      const params = schemas.params.parse((await context.params) ?? {});
      // A GET carries no body; its schema is the empty object.
      const body = schemas.body.parse(request.method === "GET" ? {} : await readJson(request));
      return handler({ actor, params, body });
    });
}

/** Wraps a GET handler the same way, validating the search params instead of a body. */
export function apiQueryRoute<P, Q>(
  schemas: { params: z.ZodType<P>; query: z.ZodType<Q> },
  handler: (input: { actor: Actor; params: P; query: Q }) => Promise<unknown>,
) {
  return (request: Request, context: Context<unknown>) =>
    respond(async () => {
      const actor = await requireActor();
      const params = schemas.params.parse((await context.params) ?? {});
      const query = schemas.query.parse(Object.fromEntries(new URL(request.url).searchParams));
      return handler({ actor, params, query });
    });
}
