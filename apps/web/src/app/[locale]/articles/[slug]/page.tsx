import { resolveMentionsForPublic, resolvePublicMedia } from "@rightsdesk/db";
import { type Locale } from "@rightsdesk/domain";
import { type Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleSources } from "~/components/article-sources";
import { LocaleLinks } from "~/components/locale-links";
import { PublishedDate } from "~/components/published-date";
import { TableOfContents } from "~/components/table-of-contents";
import { TagList } from "~/components/tag-list";
import { mediaAssetIds, renderArticle } from "@rightsdesk/rich-text";
import { messages } from "~/i18n/messages";
import { formatDate } from "~/lib/format-date";
import { localeParam } from "~/lib/locale-param";
import { mentionRefs } from "~/lib/mention-refs";
import { articlePath } from "~/lib/paths";
import { getPublishedArticle } from "~/lib/published";
import { slugParam } from "~/lib/slug-param";

// Rendered per request from cached reads that the editor revalidates on every change (lib/cached-read.ts); a build needs no database.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; slug: string }> };

/** The published version in the requested language; a draft, or no version at all, is a 404. */
async function loadArticle(params: Props["params"]) {
  const { locale: rawLocale, slug: rawSlug } = await params;
  const locale = localeParam(rawLocale);
  const article = await getPublishedArticle(locale, slugParam(rawSlug));
  if (!article) notFound();
  return { locale, article };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { article } = await loadArticle(params);
  return {
    title: article.title,
    description: article.summary || undefined,
    alternates: {
      canonical: articlePath(article.locale, article.slug),
      languages: Object.fromEntries(article.locales.map((locale) => [locale, articlePath(locale, article.slug)])),
    },
  };
}

export default async function ArticlePage({ params }: Props) {
  const { locale, article } = await loadArticle(params);
  const t = messages(locale);
  // Mentions show the records' names as they are now; an internal or deleted one is withheld.
  const mentions = mentionRefs(await resolveMentionsForPublic(article.body, locale), locale);
  // PublishedArticle.locales lists every published language, this one included.
  const otherLocales = article.locales.filter((other) => other !== locale);
  const media = await resolvePublicMedia(mediaAssetIds(article.body), locale);
  const body = renderArticle(article.body, {
    formatDate: (iso) => formatDate(new Date(iso), locale),
    mentions,
    withheldLabel: t.mentionWithheld,
    media,
    mediaLabels: t,
  });
  return (
    <article className="article">
      <header className="article-header">
        <h1>{article.title}</h1>
        <PublishedDate date={article.publishedAt} locale={locale} />
        {article.summary ? <p className="article-lead">{article.summary}</p> : null}
      </header>
      <TableOfContents headings={body.headings} label={t.contents} />
      <div
        className="article-body"
        // Safe: the HTML is built from the stored Tiptap JSON through the editor's schema, never from
        // stored HTML; text is escaped and URLs are re-checked to be http(s)/mailto (see @rightsdesk/rich-text).
        dangerouslySetInnerHTML={{ __html: body.html }}
      />
      <ArticleSources sources={body.sources} locale={locale} />
      <footer className="article-footer">
        <TagList tags={article.tags} locale={locale} />
        {otherLocales.length > 0 ? (
          <section className="other-languages" aria-labelledby="other-languages-heading">
            <h2 id="other-languages-heading">{t.alsoAvailableIn}</h2>
            <LocaleLinks locales={otherLocales} href={(other: Locale) => articlePath(other, article.slug)} />
          </section>
        ) : null}
      </footer>
    </article>
  );
}
