import { type CaseEvent, type Locale } from "@rightsdesk/domain";
import { messages } from "~/i18n/messages";
import { pickLocalized } from "~/lib/localized";
import { LocalizedText } from "./localized-text";
import { PartialDateTime } from "./partial-date-time";

/** A case's events, already in date order (the data layer sorts them), each dated only as precisely as known. */
export function CaseTimeline({ events, locale }: { events: readonly CaseEvent[]; locale: Locale }) {
  if (events.length === 0) return null;
  const t = messages(locale);
  return (
    <ol className="timeline">
      {events.map((event, i) => {
        const description = pickLocalized(event.description, locale);
        return (
          // Events have no id of their own; their order is fixed, so the index is a stable key.
          <li key={i} className="timeline-event">
            <PartialDateTime date={event.date} locale={locale} />
            <div className="timeline-text">
              {description ? <LocalizedText choice={description} locale={locale} /> : null}
              {event.sourceUrl ? (
                <>
                  {" "}
                  <a className="source-link" href={event.sourceUrl} rel="noopener noreferrer external">
                    {t.source}
                  </a>
                </>
              ) : null}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
