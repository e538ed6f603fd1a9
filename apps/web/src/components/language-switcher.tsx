import { LOCALE_NAMES, type Locale } from "@rightsdesk/domain";
import Link from "next/link";
import { messages } from "~/i18n/messages";
import { type Alternate } from "~/lib/alternates";

/**
 * The current page in the other languages it exists in: an article only in its published
 * languages, every other page in all of them (see the `@languages` slot of the locale layout).
 */
export function LanguageSwitcher({ current, alternates }: { current: Locale; alternates: readonly Alternate[] }) {
  return (
    <nav className="language-switcher" aria-label={messages(current).languages}>
      <ul>
        {alternates.map(({ locale, href }) => (
          <li key={locale}>
            <Link href={href} lang={locale} hrefLang={locale} aria-current={locale === current ? "page" : undefined}>
              {LOCALE_NAMES[locale]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
