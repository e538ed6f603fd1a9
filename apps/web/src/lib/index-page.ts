import { type Locale } from "@rightsdesk/domain";
import { type Metadata } from "next";
import { type Messages, messages } from "~/i18n/messages";
import { everyLanguage, hreflangLinks } from "./alternates";
import { localeParam } from "./locale-param";

/** The metadata of a page that exists in every language at `path`, titled and described from the messages. */
export async function indexMetadata(
  params: Promise<{ locale: string }>,
  path: (locale: Locale) => string,
  text: (t: Messages) => { title: string; description: string },
): Promise<Metadata> {
  const locale = localeParam((await params).locale);
  return { ...text(messages(locale)), alternates: { canonical: path(locale), languages: hreflangLinks(everyLanguage(path)) } };
}
