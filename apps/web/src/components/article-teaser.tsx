import { type Locale, type PublishedArticleTeaser } from "@rightsdesk/domain";
import Link from "next/link";
import { articlePath } from "~/lib/paths";
import { PublishedDate } from "./published-date";
import { TagList } from "./tag-list";

export function ArticleTeaser({ teaser, locale }: { teaser: PublishedArticleTeaser; locale: Locale }) {
  return (
    <article className="teaser">
      <h2 className="teaser-title">
        <Link href={articlePath(locale, teaser.slug)}>{teaser.title}</Link>
      </h2>
      <PublishedDate date={teaser.publishedAt} locale={locale} />
      {teaser.summary ? <p className="teaser-summary">{teaser.summary}</p> : null}
      <TagList tags={teaser.tags} locale={locale} />
    </article>
  );
}
