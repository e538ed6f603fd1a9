import { type Locale } from "@rightsdesk/domain";
import { messages } from "~/i18n/messages";

type Props = { url: string; title: string; locale: Locale };

/**
 * Plain links to each network's own share page: no script and no widget, so nothing of the network's
 * loads (and nothing about the reader reaches it) until the reader clicks.
 */
export function ShareLinks({ url, title, locale }: Props) {
  const t = messages(locale);
  const u = encodeURIComponent(url);
  const text = encodeURIComponent(title);
  const links = [
    { name: "X", href: `https://x.com/intent/post?url=${u}&text=${text}` },
    { name: "Facebook", href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { name: "Telegram", href: `https://t.me/share/url?url=${u}&text=${text}` },
    { name: "LinkedIn", href: `https://www.linkedin.com/sharing/share-offsite/?url=${u}` },
    { name: t.shareByEmail, href: `mailto:?subject=${text}&body=${u}` },
  ];
  return (
    <nav className="share-links" aria-label={t.share}>
      <h2 className="visually-hidden">{t.share}</h2>
      <ul>
        {links.map((link) => (
          <li key={link.name}>
            <a href={link.href} rel="noopener noreferrer" target="_blank">
              {link.name}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
