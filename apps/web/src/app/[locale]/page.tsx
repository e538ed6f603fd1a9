import { type Metadata } from "next";
import { notFound } from "next/navigation";
import { Listing } from "~/components/listing";
import { messages } from "~/i18n/messages";
import { everyLanguage, hreflangLinks } from "~/lib/alternates";
import { localeParam } from "~/lib/locale-param";
import { pageParam, type SearchParams } from "~/lib/page-param";
import { homePath } from "~/lib/paths";
import { listPublishedArticles } from "~/lib/published";

// Rendered per request from cached reads that the editor revalidates on every change (lib/cached-read.ts); a build needs no database.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

export const metadata: Metadata = {
  alternates: { languages: hreflangLinks(everyLanguage(homePath)) },
};

export default async function HomePage({ params, searchParams }: Props) {
  const locale = localeParam((await params).locale);
  const page = pageParam(await searchParams);
  const result = await listPublishedArticles(locale, page);
  if (page > result.pageCount) notFound();
  const t = messages(locale);
  return (
    <>
      <h1>{t.latestNews}</h1>
      <Listing
        result={result}
        locale={locale}
        basePath={homePath(locale)}
        emptyMessage={t.noArticles}
        otherLocaleHref={homePath}
      />
    </>
  );
}
