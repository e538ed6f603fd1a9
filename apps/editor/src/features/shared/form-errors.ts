import { type z } from "zod";

/** A form's errors: one for the whole submission, and one per field path ("variants.0.name"). */
export type FormErrors = { form?: string; fields: Record<string, string> };

export const NO_ERRORS: FormErrors = { fields: {} };

/** Zod issues keyed by their full path, the first message per path, as the server sends them. */
export function issuesByPath(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) fields[issue.path.map(String).join(".") || "form"] ??= issue.message;
  return fields;
}

/** The message for a field or anything inside it: "nationalities.1" is shown by the nationalities field. */
export function messageFor(fields: Record<string, string>, path: string): string | undefined {
  if (fields[path]) return fields[path];
  const inside = Object.keys(fields).find((key) => key.startsWith(`${path}.`));
  return inside && fields[inside];
}

/** "PL, kz ,," → ["PL", "kz"]: comma-separated entries, as typed, without the blanks. */
export function splitList(text: string): string[] {
  return text
    .split(",")
    .map((entry) => entry.trim())
    .filter((entry) => entry !== "");
}

/** A form field's text; an absent field reads as "". */
export function textOf(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}

export type CheckedInput<S extends z.ZodType> = { success: true; input: z.input<S>; data: z.output<S> } | { success: false; error: z.ZodError };

/**
 * Checks a form's input with its schema before it is sent. The input goes to the server as it was typed (the
 * route parses it again), so a success hands it back typed as what the schema takes.
 */
export function checkInput<S extends z.ZodType>(schema: S, input: unknown): CheckedInput<S> {
  const result = schema.safeParse(input);
  // The schema accepted the input, which is what makes it the schema's input; TypeScript cannot follow that step.
  return result.success ? { success: true, input: input as z.input<S>, data: result.data } : { success: false, error: result.error };
}
