import { type Locale, SOURCE_LOCALE, tagLabel } from "@rightsdesk/domain";
import { renderArticle } from "@rightsdesk/rich-text";
import { type Metadata } from "next";
import Link from "next/link";
import { ArticleSources } from "~/components/article-sources";
import { JsonLd } from "~/components/json-ld";
import { LocaleLinks } from "~/components/locale-links";
import { PublishedDate } from "~/components/published-date";
import { ShareLinks } from "~/components/share-links";
import { TableOfContents } from "~/components/table-of-contents";
import { TagList } from "~/components/tag-list";
import { interpolate, messages } from "~/i18n/messages";
import { hreflangLinks, pageAlternates } from "~/lib/alternates";
import { resolveArticleReferences } from "~/lib/article-references";
import { formatDate, isoDate } from "~/lib/format-date";
import { breadcrumbJsonLd, newsArticleJsonLd } from "~/lib/json-ld";
import { languageName } from "~/lib/language-name";
import { localeParam } from "~/lib/locale-param";
import { mentionRefs } from "~/lib/mention-refs";
import { articlePath, homePath } from "~/lib/paths";
import { getPublishedArticle } from "~/lib/published";
import { followOldSlug } from "~/lib/old-slug";
import { siteUrl } from "~/lib/site-url";
import { slugParam } from "~/lib/slug-param";

// Rendered on its first visit, then served from the cache until the editor revalidates what it shows (see [locale]/layout.tsx).
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string; slug: string }> };

/**
 * The published version in the requested language, else (see getPublished) the original or another
 * published language, which the page then marks as such; only an article published in no language is a 404.
 */
async function loadArticle(params: Props["params"]) {
  const { locale: rawLocale, slug: rawSlug } = await params;
  const locale = localeParam(rawLocale);
  const slug = slugParam(rawSlug);
  const article = await getPublishedArticle(locale, slug);
  if (!article) return followOldSlug("articles", locale, slug);
  return { locale, article, fallback: article.locale !== locale };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, article, fallback } = await loadArticle(params);
  const { leadImage } = await resolveArticleReferences(article.slug, article.body, locale);
  const description = article.summary || undefined;
  const images = leadImage ? [{ url: leadImage.src, alt: leadImage.alt, ...(leadImage.width && leadImage.height && { width: leadImage.width, height: leadImage.height }) }] : undefined;
  return {
    title: article.title,
    description,
    openGraph: {
      type: "article",
      siteName: "RightsDesk",
      title: article.title,
      description,
      url: articlePath(article.locale, article.slug),
      locale: article.locale,
      publishedTime: article.publishedAt.toISOString(),
      tags: article.tags.map((tag) => tagLabel(tag, article.locale)),
      images,
    },
    twitter: { card: leadImage ? "summary_large_image" : "summary", title: article.title, description, images },
    alternates: {
      // The shown text lives at its own language's address; this one is a stand-in until a translation exists.
      canonical: articlePath(article.locale, article.slug),
      languages: hreflangLinks(pageAlternates(article.locales, (other) => articlePath(other, article.slug))),
    },
    ...(fallback && { robots: { index: false, follow: true } }),
  };
}

export default async function ArticlePage({ params }: Props) {
  const { locale, article, fallback } = await loadArticle(params);
  const t = messages(locale);
  // PublishedArticle.locales lists every published language, the shown one included.
  const otherLocales = article.locales.filter((other) => other !== article.locale);
  const updated = article.originalUpdatedAt;
  // The text's own language, marked where it differs from the page's so screen readers switch voice.
  const textLang = fallback ? article.locale : undefined;
  // Mentions show the records' names as they are now, in the reader's script; an internal or deleted one is withheld.
  const references = await resolveArticleReferences(article.slug, article.body, locale);
  const origin = siteUrl();
  const url = new URL(articlePath(article.locale, article.slug), origin).href;
  const body = renderArticle(article.body, {
    formatDate: (iso) => formatDate(new Date(iso), locale),
    mentions: mentionRefs(references.mentions, locale),
    withheldLabel: t.mentionWithheld,
    media: references.media,
    mediaLabels: t,
  });
  return (
    <>
      {fallback ? (
        <p className="fallback-notice" role="note">
          {interpolate(t.articleNotTranslated, { language: languageName(article.locale, locale) })}
        </p>
      ) : null}
      {updated ? <OutdatedNotice updated={updated} slug={article.slug} locale={locale} /> : null}
      <JsonLd
        data={[
          newsArticleJsonLd(article, url, references.leadImage && new URL(references.leadImage.src, origin).href),
          breadcrumbJsonLd([
            { name: t.latestNews, url: new URL(homePath(locale), origin).href },
            { name: article.title, url },
          ]),
        ]}
      />
      <article className="article">
        <header className="article-header">
          <h1 lang={textLang}>{article.title}</h1>
          <PublishedDate date={article.publishedAt} locale={locale} />
          {article.summary ? (
            <p className="article-lead" lang={textLang}>
              {article.summary}
            </p>
          ) : null}
        </header>
        <TableOfContents headings={body.headings} label={t.contents} />
        <div
          className="article-body"
          lang={textLang}
          // Safe: the HTML is built from the stored Tiptap JSON through the editor's schema, never from
          // stored HTML; text is escaped and URLs are re-checked to be http(s)/mailto (see @rightsdesk/rich-text).
          dangerouslySetInnerHTML={{ __html: body.html }}
        />
        <ArticleSources sources={body.sources} locale={locale} />
        <footer className="article-footer">
          <TagList tags={article.tags} locale={locale} />
          <ShareLinks url={url} title={article.title} locale={locale} />
          {otherLocales.length > 0 ? (
            <section className="other-languages" aria-labelledby="other-languages-heading">
              <h2 id="other-languages-heading">{t.alsoAvailableIn}</h2>
              <LocaleLinks locales={otherLocales} href={(other: Locale) => articlePath(other, article.slug)} />
            </section>
          ) : null}
        </footer>
      </article>
    </>
  );
}

/** Tells readers of a translation that the original changed after it was translated. */
function OutdatedNotice({ updated, slug, locale }: { updated: Date; slug: string; locale: Locale }) {
  const t = messages(locale);
  const [before, after = ""] = t.translationOutdated.split("{date}");
  return (
    <p className="fallback-notice" role="note">
      {before}
      <time dateTime={isoDate(updated)}>{formatDate(updated, locale)}</time>
      {after}{" "}
      <Link href={articlePath(SOURCE_LOCALE, slug)} hrefLang={SOURCE_LOCALE}>
        {t.readOriginal}
      </Link>
    </p>
  );
}
