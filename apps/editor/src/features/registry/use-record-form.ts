"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { type z } from "zod";
import { type ApiResult } from "~/features/shared/api-client";
import { useCheckedSubmit } from "~/features/shared/use-checked-submit";

/** What a form read from its fields, before the schema has checked it. */
type RawInput = Record<string, unknown>;

type Options<S extends z.ZodType> = {
  /** e.g. "people": the edit page of a new record is /people/{id}. */
  collection: string;
  /** The record being edited, or null for a new one. */
  id: string | null;
  openedVersion: number;
  schema: S;
  /** Creates the record (no `baseVersion`) or saves it over the version it started from. */
  save: (input: z.input<S>, baseVersion: number | null) => Promise<ApiResult<{ id: string; version: number }>>;
};

/**
 * Creating and saving a registry record from a form: checks on the client for quick field messages,
 * sends the version the editor opened so that a save over someone else's is refused, and keeps what
 * was typed when the server says no.
 */
export function useRecordForm<S extends z.ZodType>({ collection, id, openedVersion, schema, save }: Options<S>) {
  const router = useRouter();
  const [version, setVersion] = useState(openedVersion);
  const [saved, setSaved] = useState(false);
  const { errors, pending, send } = useCheckedSubmit();

  async function submit(input: RawInput) {
    setSaved(false);
    const result = await send(schema, input, (checked) => save(checked, id ? version : null));
    if (!result) return;
    if (!id) {
      router.push(`/${collection}/${result.answer.id}`);
      return;
    }
    setVersion(result.answer.version);
    setSaved(true);
    router.refresh();
  }

  return { errors, saved, pending, submit };
}
