"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { type z } from "zod";
import { callApi } from "./api-client";
import { type FormErrors, issuesByPath, NO_ERRORS } from "./form-errors";

/** What a form read from its fields, before the schema has checked it. */
type RawInput = Record<string, unknown>;

type Options = {
  /** e.g. "people": the API lives at /api/people, the edit page at /people/{id}. */
  collection: string;
  /** The record being edited, or null for a new one. */
  id: string | null;
  openedVersion: number;
  schema: z.ZodType;
  /** The body of a save of an existing record: the input with the version it started from. */
  updateBody: (input: RawInput, baseVersion: number) => unknown;
};

/**
 * Creating and saving a registry record from a form: checks on the client for quick field messages,
 * sends the version the editor opened so that a save over someone else's is refused, and keeps what
 * was typed when the server says no.
 */
export function useRecordForm({ collection, id, openedVersion, schema, updateBody }: Options) {
  const router = useRouter();
  const [version, setVersion] = useState(openedVersion);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [saved, setSaved] = useState(false);
  const [pending, setPending] = useState(false);

  async function submit(input: RawInput) {
    setSaved(false);
    const checked = schema.safeParse(input);
    if (!checked.success) {
      setErrors({ form: "Some fields need attention.", fields: issuesByPath(checked.error) });
      return;
    }
    setPending(true);
    const result = id
      ? await callApi<{ id: string; version: number }>("PUT", `/api/${collection}/${id}`, updateBody(input, version))
      : await callApi<{ id: string; version: number }>("POST", `/api/${collection}`, input);
    setPending(false);
    if (!result.ok) {
      setErrors({ form: result.error, fields: result.fields ?? {} });
      return;
    }
    setErrors(NO_ERRORS);
    if (!id) {
      router.push(`/${collection}/${result.data.id}`);
      return;
    }
    setVersion(result.data.version);
    setSaved(true);
    router.refresh();
  }

  return { errors, saved, pending, submit };
}
