import { type Locale } from "@rightsdesk/domain";
import { messages } from "~/i18n/messages";

export function SiteFooter({ locale }: { locale: Locale }) {
  return (
    <footer className="site-footer">
      <div className="site-footer-inner">
        <p>{messages(locale).footer}</p>
      </div>
    </footer>
  );
}
