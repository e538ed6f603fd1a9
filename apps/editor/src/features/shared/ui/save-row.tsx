type Props = {
  pending: boolean;
  label: string;
  /** What the button says while the form is sent. */
  pendingLabel?: string;
  /** The page's main action. */
  primary?: boolean;
  saved?: boolean;
  savedText?: string;
};

/** A form's submit button, which says while it saves, and the confirmation once saved. */
export function SaveRow({ pending, label, pendingLabel = "Saving…", primary = false, saved = false, savedText }: Props) {
  return (
    <div className="toolbar-row">
      <button className={primary ? "primary" : undefined} type="submit" disabled={pending}>
        {pending ? pendingLabel : label}
      </button>
      {saved && (
        <p role="status" className="save-state saved">
          {savedText}
        </p>
      )}
    </div>
  );
}
