import { type Locale, type PartialDate } from "@rightsdesk/domain";
import { formatPartialDateLong, partialDateTime } from "~/lib/partial-date";

export function PartialDateTime({ date, locale }: { date: PartialDate; locale: Locale }) {
  return <time dateTime={partialDateTime(date)}>{formatPartialDateLong(date, locale)}</time>;
}
