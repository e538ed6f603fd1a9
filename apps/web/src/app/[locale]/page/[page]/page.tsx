import { type Metadata } from "next";
import { LatestNews } from "~/components/latest-news";
import { localeParam } from "~/lib/locale-param";
import { pageSegment } from "~/lib/page-param";
import { pageHref } from "~/lib/pagination";
import { homePath } from "~/lib/paths";

type Props = { params: Promise<{ locale: string; page: string }> };

// Every later page is rendered on its first visit and then served from the cache (see [locale]/layout.tsx).
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, page } = await params;
  return { alternates: { canonical: pageHref(homePath(localeParam(locale)), pageSegment(page)) } };
}

export default async function LaterNewsPage({ params }: Props) {
  const { locale, page } = await params;
  return <LatestNews locale={localeParam(locale)} page={pageSegment(page)} />;
}
