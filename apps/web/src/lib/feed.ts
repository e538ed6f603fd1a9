import { type Locale, type PublishedArticleTeaser, tagLabel } from "@rightsdesk/domain";
import { Feed } from "feed";
import { notFound } from "next/navigation";
import { interpolate, messages } from "~/i18n/messages";
import { localeParam } from "./locale-param";
import { articlePath, feedPath, homePath, tagPath } from "./paths";
import { getTag, listPublishedArticles, listPublishedArticlesByTag } from "./published";
import { siteUrl } from "./site-url";
import { slugParam } from "./slug-param";

export type FeedFormat = "rss" | "atom";

const CONTENT_TYPE: Record<FeedFormat, string> = {
  rss: "application/rss+xml; charset=utf-8",
  atom: "application/atom+xml; charset=utf-8",
};

type FeedSource = { title: string; description: string; path: string; feedPath: (format: FeedFormat) => string; items: PublishedArticleTeaser[] };

/** The newest articles of a language, or of one tag in it: what a feed reader subscribes to. */
async function feedSource(locale: Locale, tagSlug: string | null): Promise<FeedSource> {
  const t = messages(locale);
  if (tagSlug === null) {
    const { items } = await listPublishedArticles(locale, 1);
    return { title: `RightsDesk — ${t.latestNews}`, description: t.siteDescription, path: homePath(locale), feedPath: (format) => feedPath(locale, format), items };
  }
  const tag = await getTag(tagSlug);
  if (!tag) notFound();
  const label = tagLabel(tag, locale);
  const { items } = await listPublishedArticlesByTag(locale, tag.slug, 1);
  return {
    title: `RightsDesk — ${label}`,
    description: interpolate(t.tagDescription, { tag: label }),
    path: tagPath(locale, tag.slug),
    feedPath: (format) => feedPath(locale, format, tag.slug),
    items,
  };
}

/** RSS 2.0 or Atom 1.0 for a language's news or a tag's, written by the `feed` package. */
export async function feedResponse(format: FeedFormat, params: Promise<{ locale: string; slug?: string }>): Promise<Response> {
  const { locale: rawLocale, slug } = await params;
  const locale = localeParam(rawLocale);
  const source = await feedSource(locale, slug === undefined ? null : slugParam(slug));
  const origin = siteUrl();
  const absolute = (path: string) => new URL(path, origin).toString();
  const feed = new Feed({
    id: absolute(source.path),
    title: source.title,
    description: source.description,
    link: absolute(source.path),
    language: locale,
    updated: source.items[0]?.publishedAt,
    generator: "RightsDesk",
    copyright: "",
    feedLinks: { rss: absolute(source.feedPath("rss")), atom: absolute(source.feedPath("atom")) },
  });
  for (const item of source.items) {
    const link = absolute(articlePath(item.locale, item.slug));
    feed.addItem({
      title: item.title,
      id: link,
      link,
      date: item.publishedAt,
      published: item.publishedAt,
      description: item.summary || undefined,
      category: item.tags.map((tag) => ({ name: tagLabel(tag, locale), term: tag.slug })),
    });
  }
  return new Response(format === "rss" ? feed.rss2() : feed.atom1(), { headers: { "content-type": CONTENT_TYPE[format] } });
}
