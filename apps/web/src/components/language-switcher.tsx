import { LOCALE_NAMES, LOCALES, type Locale } from "@rightsdesk/domain";
import Link from "next/link";
import { messages } from "~/i18n/messages";
import { homePath } from "~/lib/paths";

export function LanguageSwitcher({ current }: { current: Locale }) {
  return (
    <nav className="language-switcher" aria-label={messages(current).languages}>
      <ul>
        {LOCALES.map((locale) => (
          <li key={locale}>
            <Link
              href={homePath(locale)}
              lang={locale}
              hrefLang={locale}
              aria-current={locale === current ? "true" : undefined}
            >
              {LOCALE_NAMES[locale]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
