import { LOCALES, SOURCE_LOCALE } from "@rightsdesk/domain";
import { NotFoundMessage } from "~/components/not-found-message";
import { MESSAGES } from "~/i18n/messages";

// A not-found boundary gets no params, so the few texts of every language go to a small client
// component that reads the locale from the URL.
const texts = Object.fromEntries(
  LOCALES.map((locale) => {
    const { notFoundTitle, notFoundText, backToHome } = MESSAGES[locale];
    return [locale, { title: notFoundTitle, text: notFoundText, back: backToHome }];
  }),
);

export default function NotFound() {
  return <NotFoundMessage texts={texts} fallbackLocale={SOURCE_LOCALE} />;
}
