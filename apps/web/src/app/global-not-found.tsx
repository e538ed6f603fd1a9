import { LOCALE_NAMES, LOCALES, SOURCE_LOCALE } from "@rightsdesk/domain";
import { type Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { messages } from "~/i18n/messages";
import { homePath } from "~/lib/paths";
import "./globals.css";

/*
 * Unmatched URLs (an unknown language, a path no route has) skip the layouts, so this page brings
 * its own document. The reader's language is unknown here: the way back is offered in each one.
 * Rendered per request, not at build time: only a render during a request gets the nonce its scripts need.
 */

const t = messages(SOURCE_LOCALE);

export const metadata: Metadata = { title: `${t.notFoundTitle} — RightsDesk` };

export default async function GlobalNotFound() {
  await connection();
  return (
    <html lang={SOURCE_LOCALE}>
      <body>
        <header className="site-header">
          <div className="site-header-inner">
            <Link className="site-name" href={homePath(SOURCE_LOCALE)}>
              RightsDesk
            </Link>
          </div>
        </header>
        <main id="main">
          <div className="not-found">
            <h1>{t.notFoundTitle}</h1>
            <p>{t.notFoundText}</p>
            <ul className="not-found-languages">
              {LOCALES.map((locale) => (
                <li key={locale} lang={locale}>
                  <Link href={homePath(locale)} hrefLang={locale}>
                    {messages(locale).backToHome}
                  </Link>{" "}
                  <span className="not-found-language">({LOCALE_NAMES[locale]})</span>
                </li>
              ))}
            </ul>
          </div>
        </main>
      </body>
    </html>
  );
}
