import { type Actor } from "@rightsdesk/db";
import { AppError, isAppError } from "@rightsdesk/domain";
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
    return await request.json();
  } catch {
    throw new AppError("validation", "The request body is not valid JSON.");
  }
}

type Context<P> = { params: Promise<P> };

/** The response for a failure: a 4xx with a JSON message a person can read; only a bug gives a 500. */
export function failureResponse(error: unknown) {
  if (isAppError(error)) return errorResponse(error.status, { error: error.message, fields: error.fields });
  if (error instanceof z.ZodError) {
    const fields = fieldsOf(error);
    return errorResponse(400, { error: Object.values(fields)[0] ?? "Invalid input", fields });
  }
  console.error(error);
  return errorResponse(500, { error: "Something went wrong on the server. Your text is kept; try again." });
}

/**
 * Wraps a JSON route handler: signs in the actor, validates route params and body with zod, and turns
 * every failure into a 4xx with a JSON message a person can read; only a bug gives a 500.
 */
export function apiRoute<P, B>(
  schemas: { params: z.ZodType<P>; body: z.ZodType<B> },
  handler: (input: { actor: Actor; params: P; body: B }) => Promise<unknown>,
) {
  return async (request: Request, context: Context<unknown>) => {
    try {
      const actor = await requireActor();
      // Routes without dynamic segments get no params object at all.
      const params = schemas.params.parse((await context.params) ?? {});
      const body = schemas.body.parse(await readJson(request));
      const result = await handler({ actor, params, body });
      return NextResponse.json(result ?? { ok: true });
    } catch (error) {
      return failureResponse(error);
    }
  };
}
