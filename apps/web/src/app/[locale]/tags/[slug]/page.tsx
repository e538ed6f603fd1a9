import { tagLabel } from "@rightsdesk/domain";
import { type Metadata } from "next";
import { notFound } from "next/navigation";
import { Listing } from "~/components/listing";
import { interpolate, messages } from "~/i18n/messages";
import { everyLanguage, hreflangLinks } from "~/lib/alternates";
import { localeParam } from "~/lib/locale-param";
import { pageParam, type SearchParams } from "~/lib/page-param";
import { tagPath } from "~/lib/paths";
import { getTag, listPublishedArticlesByTag } from "~/lib/published";
import { slugParam } from "~/lib/slug-param";

// Rendered per request from cached reads that the editor revalidates on every change (lib/cached-read.ts); a build needs no database.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<SearchParams> };

async function loadTag(params: Props["params"]) {
  const { locale: rawLocale, slug } = await params;
  const locale = localeParam(rawLocale);
  const tag = await getTag(slugParam(slug));
  if (!tag) notFound();
  return { locale, tag, label: tagLabel(tag, locale) };
}

export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  const { locale, tag, label } = await loadTag(params);
  return {
    title: label,
    description: interpolate(messages(locale).tagDescription, { tag: label }),
    alternates: { languages: hreflangLinks(everyLanguage((other) => tagPath(other, tag.slug))) },
  };
}

export default async function TagPage({ params, searchParams }: Props) {
  const { locale, tag, label } = await loadTag(params);
  const page = pageParam(await searchParams);
  const result = await listPublishedArticlesByTag(locale, tag.slug, page);
  if (page > result.pageCount) notFound();
  return (
    <>
      <h1>{label}</h1>
      <Listing
        result={result}
        locale={locale}
        basePath={tagPath(locale, tag.slug)}
        emptyMessage={messages(locale).noTaggedArticles}
        otherLocaleHref={(other) => tagPath(other, tag.slug)}
      />
    </>
  );
}
