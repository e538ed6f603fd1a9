import { type Locale } from "@rightsdesk/domain";

const HEADING = "Saved meanwhile by someone else";

/** The translation someone else saved while this translator was writing theirs, shown once their save was refused. */
export function TheirTranslation({ text, locale }: { text: string; locale: Locale }) {
  return (
    <section aria-label={HEADING}>
      <p className="label">{HEADING}</p>
      {text ? <blockquote lang={locale}>{text}</blockquote> : <p className="save-state">They removed this translation.</p>}
    </section>
  );
}
