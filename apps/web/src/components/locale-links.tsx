import { LOCALE_NAMES, type Locale } from "@rightsdesk/domain";
import Link from "next/link";

/** Links to the same kind of page in other languages, each name in its own language. */
export function LocaleLinks({ locales, href }: { locales: readonly Locale[]; href: (locale: Locale) => string }) {
  return (
    <ul className="inline-list">
      {locales.map((locale) => (
        <li key={locale}>
          <Link href={href(locale)} lang={locale} hrefLang={locale}>
            {LOCALE_NAMES[locale]}
          </Link>
        </li>
      ))}
    </ul>
  );
}
