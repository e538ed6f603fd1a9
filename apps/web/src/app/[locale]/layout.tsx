import { isLocale } from "@rightsdesk/domain";
import { type Metadata } from "next";
import { type ReactNode } from "react";
import { FeedLinks } from "~/components/feed-links";
import { SiteFooter } from "~/components/site-footer";
import { SiteHeader } from "~/components/site-header";
import { messages } from "~/i18n/messages";
import { localeParam } from "~/lib/locale-param";
import { siteUrl } from "~/lib/site-url";
import "../globals.css";

// `languages` is the @languages slot: each route renders its own switcher there, with the page's languages.
/*
 * Pages are rendered on their first visit and kept in Next's cache: a change in the editor revalidates
 * exactly the tags it affects (lib/cached-read.ts), and a page also refreshes in the background after
 * this many seconds, which is the s-maxage a CDN sees. Nothing is prerendered at build time: a build
 * needs no database.
 */
export const revalidate = 60;

export function generateStaticParams() {
  return [];
}

type Props = { children: ReactNode; languages: ReactNode; params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  const { locale } = await params;
  // The layout itself answers an unknown locale with a 404; its metadata need not.
  if (!isLocale(locale)) return {};
  return {
    metadataBase: siteUrl(),
    title: { default: "RightsDesk", template: "%s — RightsDesk" },
    description: messages(locale).siteDescription,
    openGraph: { siteName: "RightsDesk", type: "website", locale },
    twitter: { card: "summary" },
  };
}

export default async function LocaleLayout({ children, languages, params }: Props) {
  const locale = localeParam((await params).locale);
  return (
    <html lang={locale}>
      <body>
        <FeedLinks locale={locale} title={`RightsDesk — ${messages(locale).latestNews}`} />
        <a className="skip-link" href="#main">
          {messages(locale).skipToContent}
        </a>
        <SiteHeader locale={locale} languages={languages} />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter locale={locale} />
      </body>
    </html>
  );
}
