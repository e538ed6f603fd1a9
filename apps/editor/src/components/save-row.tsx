type Props = { pending: boolean; saved: boolean; label: string; savedText: string };

/** A form's submit button, which says while it saves, and the confirmation once saved. */
export function SaveRow({ pending, saved, label, savedText }: Props) {
  return (
    <div className="toolbar-row">
      <button type="submit" disabled={pending}>
        {pending ? "Saving…" : label}
      </button>
      {saved && (
        <p role="status" className="save-state saved">
          {savedText}
        </p>
      )}
    </div>
  );
}
