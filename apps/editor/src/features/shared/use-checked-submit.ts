"use client";

import { useState } from "react";
import { type z } from "zod";
import { type ApiResult } from "~/features/shared/api-client";
import { checkInput, type FormErrors, issuesByPath, NO_ERRORS } from "~/features/shared/form-errors";

/**
 * Sending a form: its schema checks the input in the browser first for quick field messages, then the
 * server's refusal is shown the same way. The form keeps what was typed either way.
 */
export function useCheckedSubmit() {
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [pending, setPending] = useState(false);

  /** The checked input and the server's answer, or null when either refused (the errors then say why). */
  async function send<S extends z.ZodType, T>(
    schema: S,
    input: unknown,
    request: (input: z.input<S>) => Promise<ApiResult<T>>,
  ): Promise<{ sent: z.output<S>; answer: T } | null> {
    const checked = checkInput(schema, input);
    if (!checked.success) {
      setErrors({ form: "Some fields need attention.", fields: issuesByPath(checked.error) });
      return null;
    }
    setPending(true);
    const result = await request(checked.input);
    setPending(false);
    if (!result.ok) {
      setErrors({ form: result.error, fields: result.fields ?? {} });
      return null;
    }
    setErrors(NO_ERRORS);
    return { sent: checked.data, answer: result.data };
  }

  return { errors, pending, send };
}
