import { type Locale } from "@rightsdesk/domain";
import Link from "next/link";
import { messages } from "~/i18n/messages";
import { homePath, protectionsPath } from "~/lib/paths";
import { LanguageSwitcher } from "./language-switcher";

export function SiteHeader({ locale }: { locale: Locale }) {
  const t = messages(locale);
  return (
    <header className="site-header">
      <div className="site-header-inner">
        <Link className="site-name" href={homePath(locale)}>
          RightsDesk
        </Link>
        <nav className="site-nav" aria-label={t.mainNavigation}>
          <ul>
            <li>
              <Link href={protectionsPath(locale)}>{t.protections}</Link>
            </li>
          </ul>
        </nav>
        <LanguageSwitcher current={locale} />
      </div>
    </header>
  );
}
