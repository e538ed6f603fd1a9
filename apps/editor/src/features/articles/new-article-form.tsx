"use client";

import { slugify, SOURCE_LOCALE, SUMMARY_MAX_LENGTH, TITLE_MAX_LENGTH, ZCreateArticleInput } from "@rightsdesk/domain";
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { callApi } from "~/features/shared/api-client";
import { FieldError } from "~/features/shared/ui/field-error";
import { FormAlert } from "~/features/shared/ui/form-alert";
import { SaveRow } from "~/features/shared/ui/save-row";

type Errors = { form?: string; fields: Record<string, string> };

export function NewArticleForm() {
  const router = useRouter();
  const [title, setTitle] = useState("");
  const [errors, setErrors] = useState<Errors>({ fields: {} });
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = ZCreateArticleInput.safeParse({ title: form.get("title"), summary: form.get("summary"), slug: form.get("slug") });
    if (!input.success) {
      const fields = Object.fromEntries(input.error.issues.map((issue) => [String(issue.path[0]), issue.message]));
      setErrors({ fields });
      return;
    }
    setPending(true);
    const result = await callApi("createArticle", { body: input.data });
    if (result.ok) {
      router.push(`/articles/${result.data.id}/${SOURCE_LOCALE}`);
      return;
    }
    setPending(false);
    setErrors({ form: result.error, fields: result.fields ?? {} });
  }

  return (
    <form className="card" onSubmit={onSubmit} noValidate>
      <label htmlFor="title">Title</label>
      <input id="title" name="title" type="text" maxLength={TITLE_MAX_LENGTH + 50} value={title} onChange={(e) => setTitle(e.target.value)} aria-describedby="title-error" />
      <FieldError id="title-error" message={errors.fields.title} />
      <label htmlFor="slug">Slug (address)</label>
      <input id="slug" name="slug" type="text" placeholder={slugify(title) || "made from the title"} aria-describedby="slug-error" />
      <FieldError id="slug-error" message={errors.fields.slug} />
      <label htmlFor="summary">Summary</label>
      <textarea id="summary" name="summary" maxLength={SUMMARY_MAX_LENGTH + 50} aria-describedby="summary-error" />
      <FieldError id="summary-error" message={errors.fields.summary} />
      <FormAlert message={errors.form} />
      <SaveRow primary pending={pending} label="Create article" pendingLabel="Creating…" />
    </form>
  );
}
