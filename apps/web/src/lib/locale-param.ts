import { isLocale, type Locale } from "@rightsdesk/domain";
import { notFound } from "next/navigation";

/** The `[locale]` route segment as a Locale; any other value is a page that does not exist. */
export function localeParam(value: string): Locale {
  if (!isLocale(value)) notFound();
  return value;
}
