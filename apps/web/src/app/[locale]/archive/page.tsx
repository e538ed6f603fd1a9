import { ZArchiveParams } from "@rightsdesk/domain";
import { type Metadata } from "next";
import { ArchiveFilterForm } from "~/components/archive-filter-form";
import { ArticleList } from "~/components/article-list";
import { EmptyState } from "~/components/empty-state";
import { Pagination } from "~/components/pagination";
import { interpolate, messages } from "~/i18n/messages";
import { archiveHref, listArchive, listArchiveYears, listTagCounts } from "~/lib/archive";
import { indexMetadata } from "~/lib/index-page";
import { localeParam } from "~/lib/locale-param";
import { type SearchParams } from "~/lib/page-param";
import { archivePath } from "~/lib/paths";

// Rendered per request, since every filter is its own page; the articles and the choices come from the cache.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

export function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  return indexMetadata(params, archivePath, (t) => ({ title: t.archive, description: t.archiveDescription }));
}

export default async function ArchivePage({ params, searchParams }: Props) {
  const locale = localeParam((await params).locale);
  const { page, ...filter } = ZArchiveParams.parse(await searchParams);
  const [result, tagCounts, years] = await Promise.all([listArchive(locale, filter, page), listTagCounts(locale), listArchiveYears(locale)]);
  const filtered = Object.values(filter).some((value) => value !== undefined);
  const t = messages(locale);
  return (
    <>
      <h1>{t.archive}</h1>
      <p className="page-intro">{t.archiveDescription}</p>
      <ArchiveFilterForm locale={locale} params={{ ...filter, page }} tags={tagCounts.map((entry) => entry.tag)} years={years} />
      {result.items.length === 0 ? (
        <EmptyState message={filtered ? t.noArchived : t.noArticles} showAll={filtered || page > 1 ? { href: archivePath(locale), label: t.showAllArchive } : null} />
      ) : (
        <>
          <p className="search-count">{interpolate(t.searchArticleCount, { count: result.total })}</p>
          <ArticleList items={result.items} locale={locale} />
          <Pagination href={(next) => archiveHref(locale, filter, next)} page={result.page} pageCount={result.pageCount} locale={locale} />
        </>
      )}
    </>
  );
}
