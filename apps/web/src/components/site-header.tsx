import { type Locale } from "@rightsdesk/domain";
import Link from "next/link";
import { type ReactNode } from "react";
import { messages } from "~/i18n/messages";
import { homePath, INDEX_SECTIONS, searchPath } from "~/lib/paths";

/** `languages` is the language switcher for the current page, rendered by the layout's `@languages` slot. */
export function SiteHeader({ locale, languages }: { locale: Locale; languages: ReactNode }) {
  const t = messages(locale);
  return (
    <header className="site-header">
      <div className="site-header-inner">
        <Link className="site-name" href={homePath(locale)}>
          RightsDesk
        </Link>
        <nav className="site-nav" aria-label={t.mainNavigation}>
          <ul>
            {INDEX_SECTIONS.map(({ path, label }) => (
              <li key={label}>
                <Link href={path(locale)}>{t[label]}</Link>
              </li>
            ))}
          </ul>
        </nav>
        <form className="site-search" role="search" aria-label={t.search} method="get" action={searchPath(locale)}>
          <label className="visually-hidden" htmlFor="site-search">
            {t.searchLabel}
          </label>
          <input id="site-search" type="search" name="q" placeholder={t.search} />
          <button type="submit">{t.searchSubmit}</button>
        </form>
        {languages}
      </div>
    </header>
  );
}
