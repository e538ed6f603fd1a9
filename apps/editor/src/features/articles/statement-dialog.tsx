"use client";

import { ZStatementAttrs } from "@rightsdesk/rich-text/statement";
import { type Mentionable } from "@rightsdesk/domain";
import { type Editor } from "@tiptap/react";
import { type FormEvent, useEffect, useState } from "react";
import { onStatementRequest } from "~/features/articles/editor/statement-request";
import { callApi } from "~/features/shared/api-client";
import { issuesByPath } from "~/features/shared/form-errors";
import { FieldError } from "~/features/shared/ui/field-error";
import { ModalDialog } from "~/features/shared/ui/modal-dialog";
import { useRegistrySearch } from "~/features/shared/use-registry-search";

type Props = { editor: Editor };
type Errors = Partial<Record<"organisation" | "date" | "sourceUrl" | "text", string>>;

/** The longest name the registry search takes: a longer name is looked up by its beginning. */
const SEARCHED_NAME_LENGTH = 100;

/**
 * The registry's organisation of exactly this name (any case), from those the field already suggests or else
 * from the server, so that a name typed faster than its suggestions arrived still links; null when there is none.
 */
async function registryOrganisationNamed(name: string, suggested: readonly Mentionable[]): Promise<{ ok: true; found: Mentionable | null } | { ok: false; error: string }> {
  const named = (options: readonly Mentionable[]) => options.find((option) => option.label.toLowerCase() === name.toLowerCase()) ?? null;
  const known = named(suggested);
  if (known) return { ok: true, found: known };
  const result = await callApi("searchMentions", { query: { q: name.slice(0, SEARCHED_NAME_LENGTH), limit: 20, kind: "organisation" } });
  return result.ok ? { ok: true, found: named(result.data.results) } : { ok: false, error: `Could not look the organisation up in the registry: ${result.error}` };
}

function StatementForm({ editor, onDone }: Props & { onDone: () => void }) {
  const [errors, setErrors] = useState<Errors>({});
  const [organisation, setOrganisation] = useState("");
  const [checking, setChecking] = useState(false);
  // Suggested as the name is typed, from the server: the page does not carry the whole registry.
  const search = useRegistrySearch(organisation, "organisation");

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const field = (name: string) => String(form.get(name) ?? "").trim();
    const parsed = ZStatementAttrs.safeParse({ organisation: field("organisation"), organisationId: null, date: field("date"), sourceUrl: field("sourceUrl") });
    const text = field("text");
    const found: Errors = parsed.success ? {} : issuesByPath(parsed.error);
    if (!text) found.text = "Enter the quoted text";
    setErrors(found);
    if (!parsed.success || !text) return;
    // A name of the registry links the statement to that organisation; any other name is free text.
    setChecking(true);
    const lookup = await registryOrganisationNamed(parsed.data.organisation, search.results);
    setChecking(false);
    if (!lookup.ok) {
      setErrors({ organisation: lookup.error });
      return;
    }
    const attrs = lookup.found ? { ...parsed.data, organisation: lookup.found.label, organisationId: lookup.found.id } : parsed.data;
    editor.chain().focus().insertStatement(attrs, text).run();
    onDone();
  }

  const describedBy = (name: keyof Errors) => ({
    "aria-describedby": `statement-${name}-error`,
    "aria-invalid": errors[name] ? true : undefined,
  });
  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <label htmlFor="statement-organisation">Organisation</label>
      <input
        id="statement-organisation"
        name="organisation"
        type="text"
        list="statement-organisations"
        autoComplete="off"
        value={organisation}
        onChange={(event) => setOrganisation(event.target.value)}
        {...describedBy("organisation")}
      />
      <datalist id="statement-organisations">
        {search.results.map((option) => (
          <option key={option.id} value={option.label} />
        ))}
      </datalist>
      {search.problem && <p className="save-state">{search.problem}</p>}
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
        <button type="submit" className="primary" disabled={checking}>
          Insert statement
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
        <span role="status" className="save-state">
          {checking ? "Looking the organisation up in the registry…" : null}
        </span>
      </div>
    </form>
  );
}

/**
 * The toolbar's Statement button and its dialog: who said it, when, where it was published and
 * what was said. The slash menu opens the same dialog.
 */
export function StatementDialog({ editor }: Props) {
  const [open, setOpen] = useState(false);
  useEffect(() => onStatementRequest(editor, () => setOpen(true)), [editor]);
  return (
    <>
      <button type="button" onMouseDown={(event) => event.preventDefault()} onClick={() => setOpen(true)}>
        Statement
      </button>
      <ModalDialog open={open} onClose={() => setOpen(false)} title="Insert a statement">
        <StatementForm editor={editor} onDone={() => setOpen(false)} />
      </ModalDialog>
    </>
  );
}
