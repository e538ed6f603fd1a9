import { type Locale } from "@rightsdesk/domain";
import Link from "next/link";
import { homePath } from "~/lib/paths";
import { LanguageSwitcher } from "./language-switcher";

export function SiteHeader({ locale }: { locale: Locale }) {
  return (
    <header className="site-header">
      <div className="site-header-inner">
        <Link className="site-name" href={homePath(locale)}>
          RightsDesk
        </Link>
        <LanguageSwitcher current={locale} />
      </div>
    </header>
  );
}
