import { type Locale } from "@rightsdesk/domain";
import { formatDate, isoDate } from "~/lib/format-date";

export function PublishedDate({ date, locale }: { date: Date; locale: Locale }) {
  return (
    <time className="published-date" dateTime={isoDate(date)}>
      {formatDate(date, locale)}
    </time>
  );
}
