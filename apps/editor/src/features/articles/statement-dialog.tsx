"use client";

import { ZStatementAttrs } from "@rightsdesk/rich-text/statement";
import { type Editor } from "@tiptap/react";
import { type FormEvent, useEffect, useState } from "react";
import { onStatementRequest } from "~/features/articles/editor/statement-request";
import { issuesByPath } from "~/features/shared/form-errors";
import { FieldError } from "~/features/shared/ui/field-error";
import { ModalDialog } from "~/features/shared/ui/modal-dialog";

export type OrganisationOption = { id: string; name: string };
type Props = { editor: Editor; organisations: readonly OrganisationOption[] };
type Errors = Partial<Record<"organisation" | "date" | "sourceUrl" | "text", string>>;

function StatementForm({ editor, organisations, onDone }: Props & { onDone: () => void }) {
  const [errors, setErrors] = useState<Errors>({});

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const field = (name: string) => String(form.get(name) ?? "").trim();
    const organisation = field("organisation");
    // A name picked from the registry links the statement to that organisation; any other name is free text.
    const known = organisations.find((option) => option.name.toLowerCase() === organisation.toLowerCase());
    const parsed = ZStatementAttrs.safeParse({
      organisation: known?.name ?? organisation,
      organisationId: known?.id ?? null,
      date: field("date"),
      sourceUrl: field("sourceUrl"),
    });
    const text = field("text");
    const found: Errors = parsed.success ? {} : issuesByPath(parsed.error);
    if (!text) found.text = "Enter the quoted text";
    setErrors(found);
    if (!parsed.success || !text) return;
    editor.chain().focus().insertStatement(parsed.data, text).run();
    onDone();
  }

  const describedBy = (name: keyof Errors) => ({
    "aria-describedby": `statement-${name}-error`,
    "aria-invalid": errors[name] ? true : undefined,
  });
  return (
    <form onSubmit={submit} noValidate>
      <label htmlFor="statement-organisation">Organisation</label>
      <input id="statement-organisation" name="organisation" type="text" list="statement-organisations" autoComplete="off" {...describedBy("organisation")} />
      <datalist id="statement-organisations">
        {organisations.map((option) => (
          <option key={option.id} value={option.name} />
        ))}
      </datalist>
      <FieldError id="statement-organisation-error" message={errors.organisation} />
      <label htmlFor="statement-date">Date of the statement</label>
      <input id="statement-date" name="date" type="date" {...describedBy("date")} />
      <FieldError id="statement-date-error" message={errors.date} />
      <label htmlFor="statement-source">Source address</label>
      <input id="statement-source" name="sourceUrl" type="url" placeholder="https://…" {...describedBy("sourceUrl")} />
      <FieldError id="statement-sourceUrl-error" message={errors.sourceUrl} />
      <label htmlFor="statement-text">Quoted text</label>
      <textarea id="statement-text" name="text" rows={5} {...describedBy("text")} />
      <FieldError id="statement-text-error" message={errors.text} />
      <div className="toolbar-row">
        <button type="submit" className="primary">
          Insert statement
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/**
 * The toolbar's Statement button and its dialog: who said it, when, where it was published and
 * what was said. The slash menu opens the same dialog.
 */
export function StatementDialog({ editor, organisations }: Props) {
  const [open, setOpen] = useState(false);
  useEffect(() => onStatementRequest(editor, () => setOpen(true)), [editor]);
  return (
    <>
      <button type="button" onMouseDown={(event) => event.preventDefault()} onClick={() => setOpen(true)}>
        Statement
      </button>
      <ModalDialog open={open} onClose={() => setOpen(false)} title="Insert a statement">
        <StatementForm editor={editor} organisations={organisations} onDone={() => setOpen(false)} />
      </ModalDialog>
    </>
  );
}
