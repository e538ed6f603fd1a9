"use client";

import { type Locale } from "@rightsdesk/domain";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { callApi } from "~/features/shared/api-client";
import { FormAlert } from "~/features/shared/ui/form-alert";

type Props = { articleId: string; locale: Locale; number: number; baseRevision: number };

/** Saves an old revision's text as a new revision and goes back to the editor to show it. */
export function RestoreRevisionButton({ articleId, locale, number, baseRevision }: Props) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function restore() {
    setPending(true);
    const result = await callApi("restoreRevision", { params: { id: articleId, locale }, body: { number, baseRevision } });
    setPending(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    router.push(`/articles/${articleId}/${locale}`);
    router.refresh();
  }

  return (
    <>
      <button type="button" disabled={pending} onClick={() => void restore()}>
        {pending ? "Restoring…" : "Restore this revision"}
      </button>
      <FormAlert message={error} />
    </>
  );
}
